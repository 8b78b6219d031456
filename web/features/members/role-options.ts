import type { TFunction } from 'i18next';
import { canAssignRole, type Role, ROLES } from '../../../core/policy';

/** Roles `actor` may give someone who now holds `current` (null: a new member), always keeping `current`. */
export function assignableRoles(actor: Role, current: Role | null): Role[] {
  return ROLES.filter((role) => role === current || canAssignRole(actor, current, role));
}

export function roleOptions(t: TFunction, roles: readonly Role[]) {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
