import type {
  ApprovalActor,
  ApprovalPolicy,
  ApprovalRefusal,
  ApprovalRefusalCode,
  ApprovalResult,
  TemplateStatus,
  TemplateVersionState,
} from './approval.types';

function refuse(code: ApprovalRefusalCode, waitingFor?: number): ApprovalResult {
  return { ok: false, refusal: waitingFor === undefined ? { code } : { code, waitingFor } };
}

function approvedBy(state: TemplateVersionState): Set<number> {
  return new Set(state.decisions.filter((d) => d.decision === 'approved').map((d) => d.userId));
}

/** A new version's first state. */
export function draftTemplateVersion(authorId: number, version = 1): TemplateVersionState {
  return { version, authorId, status: 'draft', decisions: [] };
}

/** The status at `now`: an approval past its expiry date counts as expired even before anyone records it. */
export function readStatusAt(state: TemplateVersionState, now: number): TemplateStatus {
  return state.status === 'approved' && state.expiresAt !== undefined && state.expiresAt <= now ? 'expired' : state.status;
}

/** Sends a draft to its approvers. A policy with nobody to approve would leave it in review forever. */
export function submitForReview(state: TemplateVersionState, policy: ApprovalPolicy, actor: ApprovalActor): ApprovalResult {
  if (state.status !== 'draft') return refuse('not_draft');
  if (policy.approverIds.every((id) => id === state.authorId)) return refuse('no_approvers');
  return { ok: true, state: { ...state, status: 'in_review', decisions: [], submittedAt: actor.now } };
}

/**
 * The approvers who may decide now: in `sequence` the first who has not approved yet, otherwise every
 * approver who has not. The author is never one of them: nobody approves their own words.
 */
export function listPendingApprovers(state: TemplateVersionState, policy: ApprovalPolicy): number[] {
  if (state.status !== 'in_review') return [];
  const done = approvedBy(state);
  const pending = policy.approverIds.filter((id) => id !== state.authorId && !done.has(id));
  return policy.mode === 'sequence' ? pending.slice(0, 1) : pending;
}

/** Why `userId` may not decide on this version now, or undefined when they may. */
export function checkDecisionRight(state: TemplateVersionState, policy: ApprovalPolicy, userId: number): ApprovalRefusal | undefined {
  if (state.status !== 'in_review') return { code: 'not_in_review' };
  if (userId === state.authorId) return { code: 'author_cannot_approve' };
  if (!policy.approverIds.includes(userId)) return { code: 'not_an_approver' };
  if (approvedBy(state).has(userId)) return { code: 'already_decided' };
  const pending = listPendingApprovers(state, policy);
  if (!pending.includes(userId)) return { code: 'not_your_turn', ...(pending[0] === undefined ? {} : { waitingFor: pending[0] }) };
  return undefined;
}

export function canApprove(state: TemplateVersionState, policy: ApprovalPolicy, userId: number): boolean {
  return checkDecisionRight(state, policy, userId) === undefined;
}

/** Whether the approvals so far satisfy the policy. */
function isApprovalComplete(state: TemplateVersionState, policy: ApprovalPolicy): boolean {
  const done = approvedBy(state);
  const required = policy.approverIds.filter((id) => id !== state.authorId);
  return policy.mode === 'any' ? required.some((id) => done.has(id)) : required.every((id) => done.has(id));
}

/** Records an approval; the version is approved once the policy is satisfied, with its expiry set. */
export function approveVersion(state: TemplateVersionState, policy: ApprovalPolicy, actor: ApprovalActor): ApprovalResult {
  const refusal = checkDecisionRight(state, policy, actor.userId);
  if (refusal) return { ok: false, refusal };
  const decision = {
    userId: actor.userId,
    decision: 'approved' as const,
    at: actor.now,
    ...(actor.comment ? { comment: actor.comment } : {}),
  };
  const next: TemplateVersionState = { ...state, decisions: [...state.decisions, decision] };
  if (!isApprovalComplete(next, policy)) return { ok: true, state: next };
  const expiresAt = state.expiresAt ?? (policy.validForMs === undefined ? undefined : actor.now + policy.validForMs);
  return {
    ok: true,
    state: { ...next, status: 'approved', approvedAt: actor.now, ...(expiresAt === undefined ? {} : { expiresAt }) },
  };
}

/** One approver's rejection ends the review; the author needs the reason to revise it. */
export function rejectVersion(state: TemplateVersionState, policy: ApprovalPolicy, actor: ApprovalActor): ApprovalResult {
  const refusal = checkDecisionRight(state, policy, actor.userId);
  if (refusal) return { ok: false, refusal };
  if (!actor.comment?.trim()) return refuse('comment_required');
  const decision = { userId: actor.userId, decision: 'rejected' as const, at: actor.now, comment: actor.comment };
  return { ok: true, state: { ...state, status: 'rejected', decisions: [...state.decisions, decision] } };
}

/** Records the expiry of an approved version whose date has come; any other state is returned as is. */
export function expireVersionIfDue(state: TemplateVersionState, now: number): TemplateVersionState {
  return readStatusAt(state, now) === 'expired' && state.status === 'approved' ? { ...state, status: 'expired' } : state;
}

/** A rejected or expired version is revised into the next version, a new draft by whoever revises it. */
export function reviseVersion(state: TemplateVersionState, actor: ApprovalActor): ApprovalResult {
  const status = readStatusAt(state, actor.now);
  if (status !== 'rejected' && status !== 'expired') return refuse('not_revisable');
  return { ok: true, state: draftTemplateVersion(actor.userId, state.version + 1) };
}
