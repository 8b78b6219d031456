import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission, TOKEN_SCOPES, type TokenScope, can, canAssignRole, canWithScopes } from './permissions';
import { ROLES, type Role, isRole, rankRole } from './roles';

// The matrix as the product promises it, written out role by role: any change to who may do
// what must change this table too.
const Y = true;
const n = false;
const COLUMNS: Role[] = ['owner', 'admin', 'crisis_lead', 'approver', 'responder', 'analyst', 'viewer'];
// prettier-ignore
const EXPECTED: Record<Permission, boolean[]> = {
  //                      owner admin lead appr resp anal view
  'workspace.read':      [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'workspace.update':    [Y,    Y,    n,   n,   n,   n,   n],
  'members.read':        [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'members.invite':      [Y,    Y,    n,   n,   n,   n,   n],
  'members.update_role': [Y,    Y,    n,   n,   n,   n,   n],
  'members.remove':      [Y,    Y,    n,   n,   n,   n,   n],
  'brands.read':         [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'brands.write':        [Y,    Y,    Y,   n,   n,   Y,   n],
  'queries.write':       [Y,    Y,    Y,   n,   n,   Y,   n],
  'mentions.read':       [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'mentions.import':     [Y,    Y,    Y,   n,   n,   Y,   n],
  'tokens.manage':       [Y,    Y,    n,   n,   n,   n,   n],
  'audit.read':          [Y,    Y,    n,   n,   n,   n,   n],
  'analysis.correct':    [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'analysis.configure':  [Y,    Y,    Y,   n,   n,   Y,   n],
  'alerts.read':         [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'alerts.act':          [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'alerts.configure':    [Y,    Y,    Y,   n,   n,   Y,   n],
  'oncall.configure':    [Y,    Y,    Y,   n,   n,   n,   n],
  'notifications.manage':[Y,    Y,    n,   n,   n,   n,   n],
  'notifications.read':  [Y,    Y,    Y,   n,   n,   Y,   n],
  'plan.read':           [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'plan.write':          [Y,    Y,    Y,   n,   n,   n,   n],
  'contacts.read':       [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'contacts.read_private':[Y,   Y,    Y,   n,   n,   n,   n],
  'contacts.write':      [Y,    Y,    Y,   n,   n,   n,   n],
  'policy.publish':      [Y,    Y,    Y,   n,   n,   n,   n],
  'incidents.read':      [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'incidents.declare':   [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'incidents.work':      [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'incidents.resolve':   [Y,    Y,    Y,   n,   n,   n,   n],
  'templates.read':      [Y,    Y,    Y,   Y,   Y,   Y,   Y],
  'templates.write':     [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'templates.approve':   [Y,    Y,    Y,   Y,   n,   n,   n],
  'templates.configure': [Y,    Y,    Y,   n,   n,   n,   n],
  'outbox.read':         [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'outbox.manage':       [Y,    Y,    Y,   Y,   Y,   n,   n],
  'accounts.manage':     [Y,    Y,    n,   n,   n,   n,   n],
  'inbox.read':          [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'inbox.work':          [Y,    Y,    Y,   Y,   Y,   n,   n],
  'inbox.configure':     [Y,    Y,    Y,   n,   n,   n,   n],
  'replies.approve':     [Y,    Y,    Y,   Y,   n,   n,   n],
  'statements.read':     [Y,    Y,    Y,   Y,   Y,   Y,   n],
  'statements.write':    [Y,    Y,    Y,   Y,   Y,   n,   n],
  'statements.approve':  [Y,    Y,    Y,   Y,   n,   n,   n],
  'subscribers.read':    [Y,    Y,    Y,   n,   n,   n,   n],
  'moderation.act':      [Y,    Y,    Y,   Y,   Y,   n,   n],
  'moderation.block':    [Y,    Y,    Y,   n,   n,   n,   n],
};

describe('roles', () => {
  it('are ordered from most to least powerful', () => {
    expect(ROLES).toEqual(COLUMNS);
    expect(rankRole('owner')).toBeLessThan(rankRole('admin'));
    expect(rankRole('analyst')).toBeLessThan(rankRole('viewer'));
  });

  it('recognises only known role names', () => {
    expect(isRole('crisis_lead')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole('Owner')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe('permission matrix', () => {
  it('has an expectation for every permission and nothing more', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  const cases = PERMISSIONS.flatMap((permission) =>
    COLUMNS.map((role, i) => ({ role, permission, allowed: EXPECTED[permission][i] as boolean })),
  );
  it.each(cases)('$role may $permission: $allowed', ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it('lets only owners and admins manage members, tokens and the audit log', () => {
    const managerOnly: Permission[] = [
      'members.invite',
      'members.update_role',
      'members.remove',
      'tokens.manage',
      'audit.read',
      'workspace.update',
      'notifications.manage',
    ];
    for (const permission of managerOnly) {
      expect(ROLES.filter((r) => can(r, permission))).toEqual(['owner', 'admin']);
    }
  });
});

describe('canAssignRole', () => {
  it('lets an owner grant and take away ownership', () => {
    expect(canAssignRole('owner', null, 'owner')).toBe(true);
    expect(canAssignRole('owner', 'admin', 'owner')).toBe(true);
    expect(canAssignRole('owner', 'owner', 'admin')).toBe(true);
    expect(canAssignRole('owner', 'viewer', 'crisis_lead')).toBe(true);
  });

  it('never lets an admin grant ownership or touch an owner', () => {
    expect(canAssignRole('admin', null, 'owner')).toBe(false);
    expect(canAssignRole('admin', 'viewer', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'owner')).toBe(false);
  });

  it('lets an admin invite and change anyone ranked at or below admin', () => {
    expect(canAssignRole('admin', null, 'admin')).toBe(true);
    expect(canAssignRole('admin', null, 'viewer')).toBe(true);
    expect(canAssignRole('admin', 'viewer', 'analyst')).toBe(true);
    expect(canAssignRole('admin', 'admin', 'responder')).toBe(true);
    expect(canAssignRole('admin', 'crisis_lead', 'approver')).toBe(true);
  });

  it('refuses every role that cannot manage members, whatever the change', () => {
    for (const actor of ROLES.filter((r) => r !== 'owner' && r !== 'admin')) {
      for (const next of ROLES) {
        expect(canAssignRole(actor, null, next)).toBe(false);
        expect(canAssignRole(actor, 'viewer', next)).toBe(false);
      }
    }
  });
});

describe('token scopes', () => {
  const expected: Record<TokenScope, Permission[]> = {
    'mentions:write': ['mentions.import'],
    'mentions:read': ['mentions.read'],
    'brands:read': ['brands.read'],
  };

  it('are exactly the documented scopes', () => {
    expect([...TOKEN_SCOPES].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(TOKEN_SCOPES.map((scope) => ({ scope })))('$scope allows only its own permissions', ({ scope }) => {
    for (const permission of PERMISSIONS) {
      expect(canWithScopes([scope], permission)).toBe(expected[scope].includes(permission));
    }
  });

  it('combine: a token is allowed what any of its scopes allows', () => {
    expect(canWithScopes(['mentions:read', 'mentions:write'], 'mentions.import')).toBe(true);
    expect(canWithScopes(['mentions:read', 'mentions:write'], 'mentions.read')).toBe(true);
    expect(canWithScopes(['mentions:read', 'mentions:write'], 'brands.read')).toBe(false);
  });

  it('never grant management permissions, and no scopes grant nothing', () => {
    const all = [...TOKEN_SCOPES];
    for (const permission of [
      'tokens.manage',
      'members.invite',
      'audit.read',
      'brands.write',
      'queries.write',
      'notifications.manage',
    ] as Permission[]) {
      expect(canWithScopes(all, permission)).toBe(false);
    }
    expect(canWithScopes([], 'mentions.read')).toBe(false);
  });
});
