/** Workspace roles, from most to least powerful. */
export const ROLES = ['owner', 'admin', 'crisis_lead', 'approver', 'responder', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Lower is more powerful; used to stop people granting more than they hold. */
export function rankRole(role: Role): number {
  return ROLES.indexOf(role);
}
