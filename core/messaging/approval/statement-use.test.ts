import { describe, expect, it } from 'vitest';
import { draftTemplateVersion } from './approval-machine';
import type { ApprovalPolicy, TemplateStatus, TemplateVersionState } from './approval.types';
import { canUseForStatement, checkStatementUse } from './statement-use';

const AUTHOR = 1;
const APPROVER = 2;
const RESPONDER = 5;
const NOW = 1_700_000_000_000;
const policy: ApprovalPolicy = { mode: 'any', approverIds: [APPROVER] };

function version(status: TemplateStatus, extra: Partial<TemplateVersionState> = {}): TemplateVersionState {
  return { ...draftTemplateVersion(AUTHOR), status, ...extra };
}

describe('canUseForStatement', () => {
  it('during a crisis lets people who are not approvers use only approved versions', () => {
    const use = { userId: RESPONDER, now: NOW, duringCrisis: true };
    expect(canUseForStatement(version('approved'), policy, use)).toBe(true);
    for (const status of ['draft', 'in_review', 'expired'] as const) {
      expect(checkStatementUse(version(status), policy, use), status).toBe('not_approved_during_crisis');
    }
  });

  it('treats an approval past its expiry date as expired', () => {
    const use = { userId: RESPONDER, now: NOW, duringCrisis: true };
    expect(canUseForStatement(version('approved', { expiresAt: NOW }), policy, use)).toBe(false);
    expect(canUseForStatement(version('approved', { expiresAt: NOW + 1 }), policy, use)).toBe(true);
  });

  it('lets an approver, by the template policy or by role, use a version not yet approved during a crisis', () => {
    expect(canUseForStatement(version('draft'), policy, { userId: APPROVER, now: NOW, duringCrisis: true })).toBe(true);
    expect(
      canUseForStatement(version('in_review'), policy, { userId: RESPONDER, now: NOW, duringCrisis: true, isApproverByRole: true }),
    ).toBe(true);
  });

  it('outside a crisis lets anyone use a version that was not rejected', () => {
    for (const status of ['draft', 'in_review', 'approved', 'expired'] as const) {
      expect(canUseForStatement(version(status), policy, { userId: RESPONDER, now: NOW, duringCrisis: false }), status).toBe(true);
    }
  });

  it('never lets anyone use a rejected version', () => {
    for (const userId of [RESPONDER, APPROVER]) {
      for (const duringCrisis of [true, false]) {
        expect(checkStatementUse(version('rejected'), policy, { userId, now: NOW, duringCrisis })).toBe('rejected');
      }
    }
  });
});
