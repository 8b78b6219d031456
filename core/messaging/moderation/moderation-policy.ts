/**
 * What a comment is, as the analysis and the responder see it: `spam` (promotion, scams, link
 * farms), `abuse` (insults, hate, threats, harassment), `rude` (impolite, but about something real),
 * `critical` (negative and civil), `ordinary` (anything else).
 */
export type CommentKind = 'spam' | 'abuse' | 'rude' | 'critical' | 'ordinary';

/** Kinds that count against an author. Rudeness counts only when the policy says so. */
export type OffenceKind = 'spam' | 'abuse' | 'rude';

export interface AuthorOffence {
  kind: OffenceKind;
  /** Event time (epoch ms). */
  at: number;
}

export interface ModerationPolicy {
  /** Offences within the window after which a block is proposed; at least 2, never one comment. */
  blockAfter: number;
  windowMs: number;
  /** Whether rude comments count towards a block (off by default: rudeness is often a customer in pain). */
  countRude: boolean;
  /** Distinct accounts a coordinated cluster must have before it may be hidden in bulk. */
  minClusterAccounts: number;
}

export const DEFAULT_MODERATION_POLICY: Readonly<ModerationPolicy> = {
  blockAfter: 3,
  windowMs: 7 * 24 * 3_600_000,
  countRude: false,
  minClusterAccounts: 3,
};

export type ModerationAction = 'answer' | 'hide' | 'propose_block';

export type ModerationReason = 'civil' | 'criticism_is_answered' | 'rude_first_answer' | 'spam_hidden' | 'abuse_hidden' | 'repeat_offender';

export interface ModerationProposal {
  action: ModerationAction;
  /** What else a person may reasonably choose; a proposal, never an automatic act. */
  alternatives: ModerationAction[];
  reason: ModerationReason;
  /** Offences counted in the window, this comment included. */
  offencesInWindow: number;
}

function isCounted(kind: CommentKind, policy: ModerationPolicy): kind is OffenceKind {
  return kind === 'spam' || kind === 'abuse' || (kind === 'rude' && policy.countRude);
}

/** Offences in `(now − window, now]`, plus the current comment when it is one. */
function countOffences(kind: CommentKind, history: readonly AuthorOffence[], now: number, policy: ModerationPolicy): number {
  const since = now - policy.windowMs;
  const past = history.filter((o) => o.at > since && o.at <= now && isCounted(o.kind, policy)).length;
  return past + (isCounted(kind, policy) ? 1 : 0);
}

/**
 * Proposes what to do with a comment given its author's recent history. Criticism is answered, never
 * hidden; one rude comment is answered (or hidden), never a block; spam and abuse are hidden; a block
 * is proposed only when the author has offended `blockAfter` times within the window, and only on an
 * offending comment, so a former spammer who now complains gets an answer.
 */
export function proposeModeration(
  kind: CommentKind,
  history: readonly AuthorOffence[],
  now: number,
  policy: ModerationPolicy = DEFAULT_MODERATION_POLICY,
): ModerationProposal {
  const offencesInWindow = countOffences(kind, history, now, policy);
  const blockAfter = Math.max(2, policy.blockAfter);
  if (kind === 'ordinary') return { action: 'answer', alternatives: [], reason: 'civil', offencesInWindow };
  if (kind === 'critical') return { action: 'answer', alternatives: [], reason: 'criticism_is_answered', offencesInWindow };
  if (isCounted(kind, policy) && offencesInWindow >= blockAfter) {
    return { action: 'propose_block', alternatives: ['hide'], reason: 'repeat_offender', offencesInWindow };
  }
  if (kind === 'rude') return { action: 'answer', alternatives: ['hide'], reason: 'rude_first_answer', offencesInWindow };
  return { action: 'hide', alternatives: [], reason: kind === 'spam' ? 'spam_hidden' : 'abuse_hidden', offencesInWindow };
}

export interface CommentCluster {
  /** The detector found the cluster coordinated (many new or low-history accounts, one text, a short window). */
  coordinated: boolean;
  itemIds: readonly string[];
  accountIds: readonly string[];
}

export type ClusterProposal =
  { action: 'hide_all'; itemIds: string[] } | { action: 'review_each'; reason: 'not_coordinated' | 'too_few_accounts' };

/**
 * A coordinated cluster may be hidden in bulk; blocks are never proposed in bulk, each account goes
 * through `proposeModeration` with its own history.
 */
export function proposeClusterModeration(cluster: CommentCluster, policy: ModerationPolicy = DEFAULT_MODERATION_POLICY): ClusterProposal {
  if (!cluster.coordinated) return { action: 'review_each', reason: 'not_coordinated' };
  if (new Set(cluster.accountIds).size < policy.minClusterAccounts) return { action: 'review_each', reason: 'too_few_accounts' };
  return { action: 'hide_all', itemIds: [...new Set(cluster.itemIds)] };
}
