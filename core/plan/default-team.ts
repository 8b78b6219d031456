import { CRISIS_ROLES, type CrisisRole, type TeamAssignment } from './plan.types';

/**
 * The team a crisis of one type gets: per role the type's own assignment, else the one for every
 * type. Roles come out in the order of `CRISIS_ROLES`, so the lead is always first.
 */
export function resolveDefaultTeam<T extends TeamAssignment>(
  ownAssignments: readonly T[],
  allTypesAssignments: readonly T[],
): (T & { fromAllTypes: boolean })[] {
  const own = new Map<CrisisRole, T>(ownAssignments.map((a) => [a.role, a]));
  const shared = new Map<CrisisRole, T>(allTypesAssignments.map((a) => [a.role, a]));
  return CRISIS_ROLES.flatMap((role): (T & { fromAllTypes: boolean })[] => {
    const mine = own.get(role);
    if (mine) return [{ ...mine, fromAllTypes: false }];
    const fallback = shared.get(role);
    return fallback ? [{ ...fallback, fromAllTypes: true }] : [];
  });
}
