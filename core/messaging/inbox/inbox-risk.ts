import type { Sentiment } from '../../analysis/analysis.types';
import type { MessagingMessage } from '../messaging.types';

/** A mention that needs an answer, with what the ranking reads from it. */
export interface InboxCandidate {
  id: string;
  /** Event time of the mention (epoch ms). */
  createdAt: number;
  sentiment: Sentiment;
  /** The sentiment model's probability that the mention is negative (0…1). */
  negativeProbability: number;
  /** People the post is estimated to reach (views or impressions); 0 when unknown. */
  reach: number;
  /** Replies, reshares and reactions per hour lately: how fast it is spreading. */
  engagementPerHour: number;
  /** The author's followers: what an answer (or silence) is seen by. */
  authorFollowers: number;
  /** The mention belongs to an incident that is open. */
  linkedToActiveIncident: boolean;
}

export const RISK_FACTORS = ['sentiment', 'reach', 'velocity', 'influence', 'incident', 'waiting'] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export interface RiskOptions {
  /** Event time the ranking is made at. */
  now: number;
  /** The response-time target for this kind of mention; waiting counts against it. */
  responseTargetMs: number;
  /** Relative weights; they are normalised to sum to 1. */
  weights?: Partial<Record<RiskFactor, number>>;
}

export interface RiskFactorScore {
  factor: RiskFactor;
  /** 0…1: how strongly the factor is present. */
  value: number;
  weight: number;
  /** Points of the 0…100 score this factor contributes (value × weight × 100). */
  points: number;
  /** The input it was read from, for the explanation (a probability, a count, a ratio of the target). */
  input: number;
}

export interface InboxRisk {
  /** 0…100, one decimal. */
  score: number;
  factors: RiskFactorScore[];
  /** The response-time target has passed. */
  overdue: boolean;
}

/**
 * Why these weights: how negative the mention is and whether it belongs to a crisis matter most; how
 * many people see it (reach, speed, the author's audience) next; time waited breaks the rest.
 */
export const DEFAULT_RISK_WEIGHTS: Readonly<Record<RiskFactor, number>> = {
  sentiment: 0.3,
  reach: 0.15,
  velocity: 0.15,
  influence: 0.1,
  incident: 0.2,
  waiting: 0.1,
};

/** Audience sizes grow by orders of magnitude, so they are scored on a log scale that saturates at `full`. */
function scaleLog(value: number, full: number): number {
  return Math.min(1, Math.log10(1 + Math.max(0, value)) / Math.log10(1 + full));
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The risk of leaving a mention unanswered, explained factor by factor. */
export function scoreInboxRisk(item: InboxCandidate, options: RiskOptions): InboxRisk {
  const waitedRatio = Math.max(0, options.now - item.createdAt) / Math.max(1, options.responseTargetMs);
  const inputs: Record<RiskFactor, { input: number; value: number }> = {
    // A mention the model did not label negative counts half its negative probability.
    sentiment: {
      input: item.negativeProbability,
      value: clamp01(item.negativeProbability) * (item.sentiment === 'negative' ? 1 : 0.5),
    },
    reach: { input: item.reach, value: scaleLog(item.reach, 1_000_000) },
    velocity: { input: item.engagementPerHour, value: scaleLog(item.engagementPerHour, 1_000) },
    influence: { input: item.authorFollowers, value: scaleLog(item.authorFollowers, 1_000_000) },
    incident: { input: item.linkedToActiveIncident ? 1 : 0, value: item.linkedToActiveIncident ? 1 : 0 },
    waiting: { input: round1(waitedRatio * 100) / 100, value: clamp01(waitedRatio) },
  };
  const weights = { ...DEFAULT_RISK_WEIGHTS, ...options.weights };
  const total = RISK_FACTORS.reduce((sum, f) => sum + Math.max(0, weights[f]), 0) || 1;
  const factors = RISK_FACTORS.map((factor): RiskFactorScore => {
    const weight = Math.max(0, weights[factor]) / total;
    const { input, value } = inputs[factor];
    return { factor, value, weight, points: round1(value * weight * 100), input };
  });
  const score = round1(factors.reduce((sum, f) => sum + f.value * f.weight * 100, 0));
  return { score, factors, overdue: waitedRatio >= 1 };
}

/** A factor's line of the explanation, as a message key (`inbox.factor.<factor>`) and its values. */
export function explainRiskFactor(factor: RiskFactorScore): MessagingMessage {
  const { input, points } = factor;
  const params: Record<string, number> = { points, value: Math.round(input) };
  if (factor.factor === 'sentiment') params.percent = Math.round(input * 100);
  if (factor.factor === 'waiting') params.percent = Math.round(input * 100);
  return { key: `inbox.factor.${factor.factor}${factor.factor === 'incident' && input === 0 ? '_none' : ''}`, params };
}

export interface RankedInboxItem<T extends InboxCandidate> {
  item: T;
  risk: InboxRisk;
}

/**
 * Mentions by risk, highest first. Ties go to the mention waiting longest, then by id, so the order
 * is the same on every screen and every refresh.
 */
export function rankInboxItems<T extends InboxCandidate>(items: readonly T[], options: RiskOptions): RankedInboxItem<T>[] {
  return items
    .map((item) => ({ item, risk: scoreInboxRisk(item, options) }))
    .sort(
      (a, b) =>
        b.risk.score - a.risk.score || a.item.createdAt - b.item.createdAt || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    );
}
