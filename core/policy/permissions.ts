import { type Role, rankRole } from './roles';

export const PERMISSIONS = [
  'workspace.read',
  'workspace.update',
  'members.read',
  'members.invite',
  'members.update_role',
  'members.remove',
  'brands.read',
  'brands.write',
  'queries.write',
  'mentions.read',
  'mentions.import',
  'tokens.manage',
  'audit.read',
  'analysis.correct',
  'analysis.configure',
  'alerts.read',
  'alerts.act',
  'alerts.configure',
  'oncall.configure',
  'notifications.manage',
  'notifications.read',
  'plan.read',
  'plan.write',
  'contacts.read',
  'contacts.read_private',
  'contacts.write',
  'policy.publish',
  'incidents.read',
  'incidents.declare',
  'incidents.work',
  'incidents.resolve',
  'templates.read',
  'templates.write',
  'templates.approve',
  'templates.configure',
  'outbox.read',
  'outbox.manage',
  'accounts.manage',
  'inbox.read',
  'inbox.work',
  'inbox.configure',
  'replies.approve',
  'statements.read',
  'statements.write',
  'statements.approve',
  'subscribers.read',
  'moderation.act',
  'moderation.block',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'approver', 'responder', 'analyst', 'viewer'];
const MANAGERS: readonly Role[] = ['owner', 'admin'];
const LISTENERS: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'analyst'];
const CRISIS_LEADS: readonly Role[] = ['owner', 'admin', 'crisis_lead'];
const HANDLERS: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'approver', 'responder', 'analyst'];
const APPROVERS: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'approver'];
const RESPONDERS: readonly Role[] = ['owner', 'admin', 'crisis_lead', 'approver', 'responder'];

/** The permission matrix: who may do what in a workspace. */
export const PERMISSION_MATRIX: Readonly<Record<Permission, readonly Role[]>> = {
  'workspace.read': EVERYONE,
  'workspace.update': MANAGERS,
  'members.read': EVERYONE,
  'members.invite': MANAGERS,
  'members.update_role': MANAGERS,
  'members.remove': MANAGERS,
  'brands.read': EVERYONE,
  'brands.write': LISTENERS,
  'queries.write': LISTENERS,
  'mentions.read': EVERYONE,
  'mentions.import': LISTENERS,
  'tokens.manage': MANAGERS,
  'audit.read': MANAGERS,
  // Everyone who works the mentions may relabel them; the rules that label them are the listeners'.
  'analysis.correct': HANDLERS,
  'analysis.configure': LISTENERS,
  'alerts.read': EVERYONE,
  // Whoever works the crisis may acknowledge, snooze or resolve an alert; the rules are the listeners'.
  'alerts.act': HANDLERS,
  'alerts.configure': LISTENERS,
  // Who gets woken at night is the crisis lead's call.
  'oncall.configure': CRISIS_LEADS,
  // Channels hold credentials and decide who gets woken at night; the delivery log is for those who watch alerts.
  'notifications.manage': MANAGERS,
  'notifications.read': LISTENERS,
  // The plan is for everyone to read; writing it is the crisis lead's job.
  'plan.read': EVERYONE,
  'plan.write': CRISIS_LEADS,
  // Everyone sees who to call; private numbers and notes only those who run the crisis.
  'contacts.read': EVERYONE,
  'contacts.read_private': CRISIS_LEADS,
  'contacts.write': CRISIS_LEADS,
  'policy.publish': CRISIS_LEADS,
  'incidents.read': EVERYONE,
  // Whoever works alerts may declare a crisis; ending one is the lead's call.
  'incidents.declare': HANDLERS,
  'incidents.work': HANDLERS,
  'incidents.resolve': CRISIS_LEADS,
  // Everyone reads the library; those who answer write it. Approving also needs a place on the
  // template's own approver list; who is on that list is the crisis lead's call.
  'templates.read': EVERYONE,
  'templates.write': HANDLERS,
  'templates.approve': APPROVERS,
  'templates.configure': CRISIS_LEADS,
  // Those who work the crisis see what goes out; those who answer may schedule, cancel and retry it.
  'outbox.read': HANDLERS,
  'outbox.manage': RESPONDERS,
  // Which accounts speak for the brand is the managers' call, like the credentials behind them.
  'accounts.manage': MANAGERS,
  // The inbox is worked by those who answer; its rules, timers and who needs approval are the lead's call.
  'inbox.read': HANDLERS,
  'inbox.work': RESPONDERS,
  'inbox.configure': CRISIS_LEADS,
  'replies.approve': APPROVERS,
  // A statement speaks for the brand everywhere at once: responders draft it, approvers release it.
  'statements.read': HANDLERS,
  'statements.write': RESPONDERS,
  'statements.approve': APPROVERS,
  // Subscribers' addresses are personal data.
  'subscribers.read': CRISIS_LEADS,
  // Hiding a rude comment is everyday work; deleting and blocking silence someone, so the lead decides.
  'moderation.act': RESPONDERS,
  'moderation.block': CRISIS_LEADS,
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[permission].includes(role);
}

/**
 * Whether `actor` may give `target` the role `next`: only an owner grants or removes ownership,
 * and nobody changes someone ranked above them.
 */
export function canAssignRole(actor: Role, current: Role | null, next: Role): boolean {
  if (!can(actor, 'members.update_role')) return false;
  if (actor === 'owner') return true;
  if (next === 'owner' || current === 'owner') return false;
  return current === null || rankRole(current) >= rankRole(actor);
}

/** API tokens carry scopes, not roles; each scope maps onto the permissions it allows. */
export const TOKEN_SCOPES = ['mentions:write', 'mentions:read', 'brands:read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_PERMISSIONS: Readonly<Record<TokenScope, readonly Permission[]>> = {
  'mentions:write': ['mentions.import'],
  'mentions:read': ['mentions.read'],
  'brands:read': ['brands.read'],
};

export function canWithScopes(scopes: readonly TokenScope[], permission: Permission): boolean {
  return scopes.some((scope) => SCOPE_PERMISSIONS[scope].includes(permission));
}
