export const TEMPLATE_STATUSES = ['draft', 'in_review', 'approved', 'rejected', 'expired'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/**
 * How many approvers must agree: `any` one of them, `all` of them in any order, or all of them
 * `sequence`d in the listed order (legal after communications, say).
 */
export type ApprovalMode = 'any' | 'all' | 'sequence';

export interface ApprovalPolicy {
  mode: ApprovalMode;
  /** User ids; the order matters for `sequence`. */
  approverIds: readonly number[];
  /** How long an approval holds before the version must be reviewed again; none when absent. */
  validForMs?: number;
}

export interface ApprovalDecision {
  userId: number;
  decision: 'approved' | 'rejected';
  at: number;
  comment?: string;
}

/** One version of a template as the approval workflow sees it; the body lives elsewhere. */
export interface TemplateVersionState {
  version: number;
  authorId: number;
  status: TemplateStatus;
  /** Decisions of the current review, in the order they were made. */
  decisions: readonly ApprovalDecision[];
  submittedAt?: number;
  approvedAt?: number;
  /** When an approved version expires and must be reviewed again (epoch ms). */
  expiresAt?: number;
}

export type ApprovalRefusalCode =
  | 'not_draft'
  | 'not_in_review'
  | 'not_revisable'
  | 'no_approvers'
  | 'author_cannot_approve'
  | 'not_an_approver'
  | 'already_decided'
  | 'not_your_turn'
  | 'comment_required';

export interface ApprovalRefusal {
  code: ApprovalRefusalCode;
  /** For `not_your_turn`: whose turn it is. */
  waitingFor?: number;
}

export type ApprovalResult = { ok: true; state: TemplateVersionState } | { ok: false; refusal: ApprovalRefusal };

/** Who acts and when; `now` is passed in because the workflow is pure (event time, injected clock). */
export interface ApprovalActor {
  userId: number;
  now: number;
  comment?: string;
}
