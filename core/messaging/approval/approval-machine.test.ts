import { describe, expect, it } from 'vitest';
import {
  approveVersion,
  canApprove,
  draftTemplateVersion,
  expireVersionIfDue,
  listPendingApprovers,
  readStatusAt,
  rejectVersion,
  reviseVersion,
  submitForReview,
} from './approval-machine';
import type { ApprovalMode, ApprovalPolicy, ApprovalResult, TemplateVersionState } from './approval.types';

const AUTHOR = 1;
const ANA = 2;
const BUDI = 3;
const CITRA = 4;
const OUTSIDER = 9;
const T0 = 1_700_000_000_000;
const DAY = 86_400_000;

function policy(mode: ApprovalMode, extra: Partial<ApprovalPolicy> = {}): ApprovalPolicy {
  return { mode, approverIds: [ANA, BUDI, CITRA], ...extra };
}

function unwrap(result: ApprovalResult): TemplateVersionState {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.state;
}

function inReview(p: ApprovalPolicy): TemplateVersionState {
  return unwrap(submitForReview(draftTemplateVersion(AUTHOR), p, { userId: AUTHOR, now: T0 }));
}

function approveAll(p: ApprovalPolicy, userIds: number[], state = inReview(p)): TemplateVersionState {
  return userIds.reduce((s, userId, i) => unwrap(approveVersion(s, p, { userId, now: T0 + i + 1 })), state);
}

describe('submitForReview', () => {
  it('moves a draft into review', () => {
    const state = inReview(policy('any'));
    expect(state.status).toBe('in_review');
    expect(state.submittedAt).toBe(T0);
  });

  it('refuses what is not a draft, and a policy with no approver but the author', () => {
    expect(submitForReview(inReview(policy('any')), policy('any'), { userId: AUTHOR, now: T0 })).toEqual({
      ok: false,
      refusal: { code: 'not_draft' },
    });
    const onlyAuthor: ApprovalPolicy = { mode: 'any', approverIds: [AUTHOR] };
    expect(submitForReview(draftTemplateVersion(AUTHOR), onlyAuthor, { userId: AUTHOR, now: T0 })).toEqual({
      ok: false,
      refusal: { code: 'no_approvers' },
    });
  });
});

describe('approval by any one of the approvers', () => {
  const p = policy('any');

  it('is approved by the first approver, whoever it is', () => {
    for (const approver of [ANA, BUDI, CITRA]) {
      const state = approveAll(p, [approver]);
      expect(state.status).toBe('approved');
      expect(state.approvedAt).toBe(T0 + 1);
    }
  });

  it('lists every approver as pending until then', () => {
    expect(listPendingApprovers(inReview(p), p)).toEqual([ANA, BUDI, CITRA]);
  });

  it('is rejected by one rejection with a reason', () => {
    const state = unwrap(rejectVersion(inReview(p), p, { userId: BUDI, now: T0 + 1, comment: 'Terlalu defensif' }));
    expect(state.status).toBe('rejected');
    expect(state.decisions).toEqual([{ userId: BUDI, decision: 'rejected', at: T0 + 1, comment: 'Terlalu defensif' }]);
  });
});

describe('approval by all of the approvers', () => {
  const p = policy('all');

  it('stays in review until every approver has approved, in any order', () => {
    let state = approveAll(p, [CITRA, ANA]);
    expect(state.status).toBe('in_review');
    expect(listPendingApprovers(state, p)).toEqual([BUDI]);
    state = unwrap(approveVersion(state, p, { userId: BUDI, now: T0 + 10 }));
    expect(state.status).toBe('approved');
    expect(state.approvedAt).toBe(T0 + 10);
  });

  it('refuses a second approval by the same person', () => {
    const state = approveAll(p, [ANA]);
    expect(approveVersion(state, p, { userId: ANA, now: T0 + 5 })).toEqual({ ok: false, refusal: { code: 'already_decided' } });
  });

  it('is rejected by any one approver even after others approved', () => {
    const state = approveAll(p, [ANA, BUDI]);
    expect(unwrap(rejectVersion(state, p, { userId: CITRA, now: T0 + 5, comment: 'Perlu cek hukum' })).status).toBe('rejected');
  });

  it('does not wait for the author when the author is also listed as an approver', () => {
    const withAuthor: ApprovalPolicy = { mode: 'all', approverIds: [AUTHOR, ANA] };
    expect(approveAll(withAuthor, [ANA]).status).toBe('approved');
  });
});

describe('approval in sequence', () => {
  const p = policy('sequence');

  it('takes approvals in the listed order', () => {
    let state = inReview(p);
    expect(listPendingApprovers(state, p)).toEqual([ANA]);
    state = approveAll(p, [ANA], state);
    expect(listPendingApprovers(state, p)).toEqual([BUDI]);
    state = approveAll(p, [BUDI, CITRA], state);
    expect(state.status).toBe('approved');
  });

  it('refuses an approver whose turn has not come, naming whose turn it is', () => {
    expect(approveVersion(inReview(p), p, { userId: CITRA, now: T0 + 1 })).toEqual({
      ok: false,
      refusal: { code: 'not_your_turn', waitingFor: ANA },
    });
    const afterAna = approveAll(p, [ANA]);
    expect(rejectVersion(afterAna, p, { userId: CITRA, now: T0 + 2, comment: 'x' })).toEqual({
      ok: false,
      refusal: { code: 'not_your_turn', waitingFor: BUDI },
    });
  });

  it('lets the approver whose turn it is reject', () => {
    const afterAna = approveAll(p, [ANA]);
    expect(unwrap(rejectVersion(afterAna, p, { userId: BUDI, now: T0 + 2, comment: 'Nada kurang empati' })).status).toBe('rejected');
  });

  it('refuses an approver who already approved, before telling them it is not their turn', () => {
    const afterAna = approveAll(p, [ANA]);
    expect(approveVersion(afterAna, p, { userId: ANA, now: T0 + 2 })).toEqual({ ok: false, refusal: { code: 'already_decided' } });
  });

  it('skips the author in the sequence', () => {
    const withAuthor: ApprovalPolicy = { mode: 'sequence', approverIds: [ANA, AUTHOR, BUDI] };
    const state = approveAll(withAuthor, [ANA]);
    expect(listPendingApprovers(state, withAuthor)).toEqual([BUDI]);
  });
});

describe('who may decide', () => {
  for (const mode of ['any', 'all', 'sequence'] as const) {
    const p = policy(mode);
    it(`refuses the author and people who are not approvers (${mode})`, () => {
      const state = inReview(p);
      expect(approveVersion(state, p, { userId: AUTHOR, now: T0 })).toEqual({ ok: false, refusal: { code: 'author_cannot_approve' } });
      expect(approveVersion(state, p, { userId: OUTSIDER, now: T0 })).toEqual({ ok: false, refusal: { code: 'not_an_approver' } });
      expect(rejectVersion(state, p, { userId: OUTSIDER, now: T0, comment: 'no' })).toEqual({
        ok: false,
        refusal: { code: 'not_an_approver' },
      });
      expect(canApprove(state, p, AUTHOR)).toBe(false);
      expect(canApprove(state, p, ANA)).toBe(true);
    });

    it(`refuses decisions on a version that is not in review (${mode})`, () => {
      const draft = draftTemplateVersion(AUTHOR);
      expect(approveVersion(draft, p, { userId: ANA, now: T0 })).toEqual({ ok: false, refusal: { code: 'not_in_review' } });
      const approved = approveAll(p, mode === 'any' ? [ANA] : [ANA, BUDI, CITRA]);
      expect(rejectVersion(approved, p, { userId: ANA, now: T0, comment: 'late' })).toEqual({
        ok: false,
        refusal: { code: 'not_in_review' },
      });
      expect(listPendingApprovers(approved, p)).toEqual([]);
    });

    it(`refuses a rejection without a reason (${mode})`, () => {
      expect(rejectVersion(inReview(p), p, { userId: ANA, now: T0, comment: '  ' })).toEqual({
        ok: false,
        refusal: { code: 'comment_required' },
      });
    });
  }
});

describe('expiry and revision', () => {
  it('sets the expiry from the policy on approval and expires at that date', () => {
    const p = policy('any', { validForMs: 90 * DAY });
    const approved = approveAll(p, [ANA]);
    expect(approved.expiresAt).toBe(T0 + 1 + 90 * DAY);
    expect(readStatusAt(approved, T0 + 89 * DAY)).toBe('approved');
    expect(readStatusAt(approved, T0 + 1 + 90 * DAY)).toBe('expired');
    expect(expireVersionIfDue(approved, T0 + 89 * DAY)).toBe(approved);
    expect(expireVersionIfDue(approved, T0 + 91 * DAY).status).toBe('expired');
  });

  it('keeps a review date the author set over the policy default', () => {
    const p = policy('any', { validForMs: 90 * DAY });
    const draft = { ...draftTemplateVersion(AUTHOR), expiresAt: T0 + 7 * DAY };
    const state = unwrap(submitForReview(draft, p, { userId: AUTHOR, now: T0 }));
    expect(approveAll(p, [ANA], state).expiresAt).toBe(T0 + 7 * DAY);
  });

  it('never expires without a date, nor anything but an approved version', () => {
    const approved = approveAll(policy('any'), [ANA]);
    expect(expireVersionIfDue(approved, T0 + 3650 * DAY).status).toBe('approved');
    const draft = { ...draftTemplateVersion(AUTHOR), expiresAt: T0 };
    expect(expireVersionIfDue(draft, T0 + DAY).status).toBe('draft');
  });

  it('revises a rejected or expired version into the next draft by the reviser', () => {
    const p = policy('any', { validForMs: DAY });
    const rejected = unwrap(rejectVersion(inReview(p), p, { userId: ANA, now: T0, comment: 'Perbaiki nada' }));
    expect(unwrap(reviseVersion(rejected, { userId: BUDI, now: T0 + 1 }))).toEqual({
      version: 2,
      authorId: BUDI,
      status: 'draft',
      decisions: [],
    });
    const approved = approveAll(p, [ANA]);
    expect(unwrap(reviseVersion(approved, { userId: AUTHOR, now: T0 + 2 * DAY })).version).toBe(2);
  });

  it('refuses to revise a draft, a version in review or a current approval', () => {
    const p = policy('any', { validForMs: DAY });
    for (const state of [draftTemplateVersion(AUTHOR), inReview(p), approveAll(p, [ANA])]) {
      expect(reviseVersion(state, { userId: AUTHOR, now: T0 + 10 })).toEqual({ ok: false, refusal: { code: 'not_revisable' } });
    }
  });
});
