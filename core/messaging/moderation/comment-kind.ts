import type { CrisisCategory, Sentiment } from '../../analysis/analysis.types';
import type { AuthorOffence, CommentKind, ModerationAction, ModerationProposal } from './moderation-policy';

/** What the analysis says about a comment, as far as moderation reads it. */
export interface CommentSignals {
  spam: boolean;
  /** 0…1 */
  toxicity: number;
  sentiment: Sentiment;
  categories: readonly CrisisCategory[];
}

/** Toxicity from which a comment is impolite; from which it is toxic (the mention badges use the same 0.5). */
export const IMPOLITE_FROM = 0.2;
export const TOXIC_FROM = 0.5;

/** A comment is about something real when the analysis found a crisis category in it (not just `other`). */
export function isAboutSomethingReal(categories: readonly CrisisCategory[]): boolean {
  return categories.some((c) => c !== 'other');
}

/**
 * The kind of a comment, from its analysis: spam is spam; a toxic comment with nothing real in it is
 * abuse (insults, hate, threats); a toxic or impolite comment about a real problem is rude (often a
 * customer in pain); a negative civil one is criticism; the rest is ordinary. Unanalysed: ordinary.
 */
export function classifyComment(signals: CommentSignals | null): CommentKind {
  if (!signals) return 'ordinary';
  if (signals.spam) return 'spam';
  if (signals.toxicity >= TOXIC_FROM) return isAboutSomethingReal(signals.categories) ? 'rude' : 'abuse';
  if (signals.toxicity >= IMPOLITE_FROM) return 'rude';
  if (signals.sentiment === 'negative') return 'critical';
  return 'ordinary';
}

/** The comment kinds that may count against an author, as offences at their time. */
export function offencesOf(comments: readonly { kind: CommentKind; at: number }[]): AuthorOffence[] {
  const offences: AuthorOffence[] = [];
  for (const c of comments) if (c.kind === 'spam' || c.kind === 'abuse' || c.kind === 'rude') offences.push({ kind: c.kind, at: c.at });
  return offences;
}

/** Whether acting on a comment with `action` follows the policy's proposal (otherwise a reason is owed). */
export function followsProposal(proposal: ModerationProposal, action: 'hide' | 'delete' | 'block'): boolean {
  const proposed: ModerationAction[] = [proposal.action, ...proposal.alternatives];
  if (action === 'block') return proposal.action === 'propose_block';
  // Deleting is a stronger hide: it follows a proposal to hide spam or abuse, never one to answer.
  if (action === 'delete') return proposal.action === 'hide' || proposal.action === 'propose_block';
  return proposed.includes('hide');
}

export type BlockCheck =
  | { allowed: true; basis: 'proposal' | 'override' }
  | { allowed: false; refusal: 'criticism_is_answered' | 'single_rude_comment' | 'override_reason_needed' };

/**
 * Whether an author may be blocked over this comment. The proposal (N offences in T) allows it; otherwise
 * only an explicit override reason does, and never for criticism or one rude comment: those are answered.
 */
export function checkBlock(
  kind: CommentKind,
  proposal: ModerationProposal,
  history: readonly AuthorOffence[],
  overrideReason: string | null | undefined,
): BlockCheck {
  if (proposal.action === 'propose_block') return { allowed: true, basis: 'proposal' };
  if (kind === 'critical' || kind === 'ordinary') return { allowed: false, refusal: 'criticism_is_answered' };
  if (kind === 'rude' && history.length === 0) return { allowed: false, refusal: 'single_rude_comment' };
  if (!overrideReason || overrideReason.trim().length === 0) return { allowed: false, refusal: 'override_reason_needed' };
  return { allowed: true, basis: 'override' };
}
