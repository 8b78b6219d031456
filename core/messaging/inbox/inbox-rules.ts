import type { CrisisCategory, Sentiment } from '../../analysis/analysis.types';
import { detectQuestion } from './question';

/** Why a mention needs an answer; an item keeps every reason that matched. */
export const INBOX_REASONS = ['negative', 'question', 'complaint', 'owned_thread', 'reach'] as const;
export type InboxReason = (typeof INBOX_REASONS)[number];

/** Which mentions need an answer: any one of the switched-on conditions is enough. */
export interface InboxRules {
  negative: boolean;
  question: boolean;
  /** Crisis categories read as complaints; empty: none. */
  complaintCategories: CrisisCategory[];
  /** Mentions that name one of the workspace's owned account handles (`@handle`). */
  ownedThread: boolean;
  /** Reach at or above this; null: not a condition. */
  minReach: number | null;
}

/** Response-time targets, in minutes. */
export interface InboxTargets {
  normal: number;
  highRisk: number;
  incident: number;
}

/** When a reply waits for an approver before it goes out. */
export interface ReplyApprovalPolicy {
  /** Always while the brand has an open incident. */
  duringIncident: boolean;
  /** Always when the author holds one of these roles. */
  roles: string[];
}

export interface InboxSettingsValue {
  rules: InboxRules;
  /** Rules of their own for some brands; other brands use `rules`. */
  brandRules: { brandId: number; rules: InboxRules }[];
  targets: InboxTargets;
  approval: ReplyApprovalPolicy;
  /** Mentions arriving more than this many days after they were posted stay out of the inbox; null: no limit. */
  maxAgeDays: number | null;
}

export const DEFAULT_INBOX_RULES: InboxRules = {
  negative: true,
  question: true,
  complaintCategories: ['product_quality', 'service_delivery', 'price_billing', 'account_security', 'outage'],
  ownedThread: true,
  minReach: null,
};

export const DEFAULT_INBOX_SETTINGS: InboxSettingsValue = {
  rules: DEFAULT_INBOX_RULES,
  brandRules: [],
  targets: { normal: 240, highRisk: 60, incident: 30 },
  approval: { duringIncident: true, roles: [] },
  maxAgeDays: 7,
};

const DAY = 86_400_000;

/** Whether a mention posted at `postedAt` that arrives at `now` is recent enough for the inbox. */
export const arrivesInTime = (settings: Pick<InboxSettingsValue, 'maxAgeDays'>, postedAt: number, now: number): boolean =>
  settings.maxAgeDays === null || now - postedAt <= settings.maxAgeDays * DAY;

/** What the rules read from a mention. */
export interface RuleInput {
  text: string;
  sentiment: Sentiment | null;
  categories: readonly CrisisCategory[];
  reach: number;
}

/** Owned handles, lower-case and without `@`, for `ownedThread`. */
export function mentionsOwnedHandle(text: string, ownedHandles: ReadonlySet<string>): boolean {
  if (ownedHandles.size === 0 || !text.includes('@')) return false;
  for (const match of text.matchAll(/@([\w.]+)/g)) {
    if (ownedHandles.has(match[1]!.toLowerCase().replace(/\.+$/, ''))) return true;
  }
  return false;
}

/** The reasons a mention needs an answer under `rules`; empty when it does not. */
export function evaluateInboxRules(mention: RuleInput, rules: InboxRules, ownedHandles: ReadonlySet<string>): InboxReason[] {
  const reasons: InboxReason[] = [];
  if (rules.negative && mention.sentiment === 'negative') reasons.push('negative');
  if (rules.question && detectQuestion(mention.text)) reasons.push('question');
  if (rules.complaintCategories.length > 0 && mention.categories.some((c) => rules.complaintCategories.includes(c))) {
    reasons.push('complaint');
  }
  if (rules.ownedThread && mentionsOwnedHandle(mention.text, ownedHandles)) reasons.push('owned_thread');
  if (rules.minReach !== null && mention.reach >= rules.minReach) reasons.push('reach');
  return reasons;
}

/** The rules that apply to a mention of `brandId` (null: no brand). */
export function rulesForBrand(settings: InboxSettingsValue, brandId: number | null): InboxRules {
  if (brandId === null) return settings.rules;
  return settings.brandRules.find((b) => b.brandId === brandId)?.rules ?? settings.rules;
}

export type InboxPriority = 'normal' | 'high' | 'incident';

/**
 * Which target applies: an open incident of the brand first; a high-risk mention (clearly negative,
 * or reaching many) next. High risk: negative with probability ≥ 0.8, or reach ≥ 10 000.
 */
export function classifyPriority(input: {
  negativeProbability: number;
  sentiment: Sentiment | null;
  reach: number;
  incident: boolean;
}): InboxPriority {
  if (input.incident) return 'incident';
  if ((input.sentiment === 'negative' && input.negativeProbability >= 0.8) || input.reach >= 10_000) return 'high';
  return 'normal';
}

export function targetMinutes(targets: InboxTargets, priority: InboxPriority): number {
  return priority === 'incident' ? targets.incident : priority === 'high' ? targets.highRisk : targets.normal;
}

/** The inbox status machine: open → pending (a reply on its way) → replied → closed; any of them may be reopened. */
export const INBOX_STATUSES = ['open', 'pending', 'replied', 'closed'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

const MOVES: Readonly<Record<InboxStatus, readonly InboxStatus[]>> = {
  open: ['pending', 'replied', 'closed'],
  pending: ['open', 'replied', 'closed'],
  replied: ['open', 'closed'],
  closed: ['open'],
};

export function canMoveInboxStatus(from: InboxStatus, to: InboxStatus): boolean {
  return MOVES[from].includes(to);
}

/** Whether a reply by someone with `role` must wait for an approver. */
export function replyNeedsApproval(
  policy: ReplyApprovalPolicy,
  input: { role: string; brandHasOpenIncident: boolean },
): 'incident' | 'role' | null {
  if (policy.duringIncident && input.brandHasOpenIncident) return 'incident';
  if (policy.roles.includes(input.role)) return 'role';
  return null;
}
