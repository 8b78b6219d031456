import { describe, expect, it } from 'vitest';
import { assignableRoles } from './role-options';

describe('assignableRoles', () => {
  it('lets an owner grant every role, ownership included', () => {
    expect(assignableRoles('owner', 'viewer')).toContain('owner');
  });

  it('keeps an admin from granting ownership or touching an owner', () => {
    expect(assignableRoles('admin', 'viewer')).not.toContain('owner');
    expect(assignableRoles('admin', 'owner')).toEqual(['owner']);
  });

  it('offers nothing but the current role to someone who may not change roles', () => {
    expect(assignableRoles('analyst', 'viewer')).toEqual(['viewer']);
  });

  it('offers invitable roles for a new member', () => {
    expect(assignableRoles('admin', null)).toEqual(['admin', 'crisis_lead', 'approver', 'responder', 'analyst', 'viewer']);
  });
});
