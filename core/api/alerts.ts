import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../analysis/analysis.types';
import { pageOf } from './common';
import { IncidentLiveEventSchemas } from './incidents';
import { OutboxLiveEventSchemas } from './outbox';
import { InboxLiveEventSchemas } from './inbox';

/**
 * What a rule watches, per brand: counts per interval (`volume`, `negative_volume`, `category_volume`),
 * shares (`negative_share`, and `net_sentiment`, whose drop is the rise of the negative share of polar
 * mentions), phrases that burst (`emerging_term`) and near-identical posts from many new or low-history
 * accounts (`coordinated`), and negative posts whose replies and reshares are on course to make them go
 * viral (`virality`, one alert per post), and negative posts whose likes, comments and shares come far
 * faster than the brand's usual posts or past a floor (`engagement_velocity`, one alert per post). `reach_negativity` counts the reach of negative mentions in
 * thousands; `unique_authors` the distinct accounts talking about the brand.
 */
export const SIGNAL_KINDS = [
  'volume',
  'negative_volume',
  'negative_share',
  'reach_negativity',
  'unique_authors',
  'category_volume',
  'net_sentiment',
  'emerging_term',
  'coordinated',
  'virality',
  'engagement_velocity',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SignalKindSchema = z.enum(SIGNAL_KINDS);

export const SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_STATUSES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

const CategorySchema = z.enum(CRISIS_CATEGORIES as [CrisisCategory, ...CrisisCategory[]]);

const RuleFields = {
  /** null: every brand of the workspace, each on its own. */
  brandId: z.number().int().positive().nullable(),
  signal: SignalKindSchema,
  /** Only for `category_volume`. */
  category: CategorySchema.nullable(),
  sensitivity: z.enum(SENSITIVITIES),
  /**
   * The rule's floor, so that three comments never wake a small brand: the least activity in the last
   * hour before the rule may fire. Volume rules: the counted mentions (e.g. negative ones).
   * `negative_share`: all mentions; `net_sentiment`: positive and negative ones. `emerging_term`:
   * mentions carrying the term. `coordinated`: distinct accounts posting the same text within 30 minutes.
   * `virality` is not a floor but a threshold: the replies and reshares a negative post must be on course
   * to reach in the end (its forecast final count) for the rule to fire. `engagement_velocity`: the
   * engagement an hour (likes, comments and shares) at which a negative post fires whatever the brand's
   * usual; a post well above the brand's usual fires from a tenth of it.
   */
  minPerHour: z.number().int().min(0).max(1_000_000),
  enabled: z.boolean(),
};

export const AlertRuleSchema = z.object({ id: z.number(), ...RuleFields, createdAt: z.number(), updatedAt: z.number() });
export type AlertRule = z.infer<typeof AlertRuleSchema>;

export const AlertRuleInputSchema = z
  .object({
    ...RuleFields,
    brandId: RuleFields.brandId.default(null),
    category: RuleFields.category.default(null),
    sensitivity: RuleFields.sensitivity.default('medium'),
    minPerHour: RuleFields.minPerHour.default(20),
    enabled: RuleFields.enabled.default(true),
  })
  .superRefine((rule, ctx) => {
    for (const issue of ruleIssues(rule)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type AlertRuleInput = z.input<typeof AlertRuleInputSchema>;

/** The fewest replies and reshares a virality rule may watch for. */
export const MIN_VIRALITY_THRESHOLD = 10;

/** The lowest floor an engagement-velocity rule may have (engagement an hour). */
export const MIN_VELOCITY_FLOOR = 10;

/** The fewest accounts a coordinated-behaviour rule may look for: one account repeating itself is no campaign. */
export const MIN_COORDINATED_ACCOUNTS = 3;

/** What a rule's fields must agree on beyond their own types, as field errors. */
function ruleIssues(rule: { signal: SignalKind; category: CrisisCategory | null; minPerHour: number }) {
  const issues: { path: string[]; message: string }[] = [];
  if ((rule.signal === 'category_volume') !== (rule.category !== null))
    issues.push({ path: ['category'], message: 'a category is required for category_volume rules, and only for them' });
  if (rule.signal === 'coordinated' && rule.minPerHour < MIN_COORDINATED_ACCOUNTS)
    issues.push({
      path: ['minPerHour'],
      message: `coordinated rules need at least ${MIN_COORDINATED_ACCOUNTS} accounts posting the same text`,
    });
  if (rule.signal === 'emerging_term' && rule.minPerHour < 1)
    issues.push({ path: ['minPerHour'], message: 'emerging_term rules need at least 1 mention carrying the term' });
  if (rule.signal === 'virality' && rule.minPerHour < MIN_VIRALITY_THRESHOLD)
    issues.push({
      path: ['minPerHour'],
      message: `virality rules need a threshold of at least ${MIN_VIRALITY_THRESHOLD} replies or reshares the post is on course to reach`,
    });
  if (rule.signal === 'engagement_velocity' && rule.minPerHour < MIN_VELOCITY_FLOOR)
    issues.push({
      path: ['minPerHour'],
      message: `engagement_velocity rules need a floor of at least ${MIN_VELOCITY_FLOOR} likes, comments and shares an hour`,
    });
  return issues;
}
export const AlertRulePatchSchema = z.object(RuleFields).partial();

/** How many accounts an alert lists at most; `observed` still counts them all. */
export const MAX_LISTED_ACCOUNTS = 50;

export const CoordinatedAccountSchema = z.object({
  platform: z.string(),
  handle: z.string(),
  /** Posts in the cluster's window, and the first of them. */
  posts: z.number(),
  firstPostAt: z.number(),
  reasons: z.array(z.enum(['new-account', 'low-history'])),
});
export type CoordinatedAccount = z.infer<typeof CoordinatedAccountSchema>;

/** A post's forecast final replies and reshares (core/detection/virality.ts), as an alert carries it. */
export const ViralityForecastSchema = z.object({
  /** Replies and reshares so far. */
  observed: z.number(),
  /** Expected final count; null when the cascade is supercritical (it keeps growing). */
  expectedFinal: z.number().nullable(),
  /** The 90% interval of the final count; `upper` null when supercritical. */
  lower: z.number(),
  upper: z.number().nullable(),
  /** Expected replies each reply brings; at or above 1 the cascade is supercritical. */
  branchingFactor: z.number(),
  supercritical: z.boolean(),
  /** The probability (0…1) that the final count reaches the rule's threshold. */
  probability: z.number(),
  threshold: z.number(),
});
export type ViralityForecastView = z.infer<typeof ViralityForecastSchema>;

/** A post's engagement velocity against its brand's usual posts, as an `engagement_velocity` alert carries it. */
export const VelocityReasonSchema = z.object({
  /** Likes, comments and shares gained per hour over the span measured (`from`…`to`). */
  perHour: z.number(),
  /** The fastest seen while the alert was open. */
  peakPerHour: z.number(),
  /** Likes, comments and shares at the newest reading, and gained over the span. */
  engagement: z.number(),
  gained: z.number(),
  from: z.number(),
  to: z.number(),
  /** `snapshots`: between two readings of the counters; `age`: since the post's time (seen once). */
  basis: z.enum(['snapshots', 'age']),
  /** Readings of the post's counters so far. */
  snapshots: z.number(),
  /** The brand's median post and the velocity beyond which a post is unusual (null while the baseline learns). */
  usualPerHour: z.number().nullable(),
  unusualPerHour: z.number().nullable(),
  /** How many times the usual post, and the share of the brand's posts slower than this one (0…1). */
  multiple: z.number().nullable(),
  shareBelow: z.number().nullable(),
  floorPerHour: z.number(),
  overFloor: z.boolean(),
  unusual: z.boolean(),
});
export type VelocityReason = z.infer<typeof VelocityReasonSchema>;

/** Why an alert fired, in numbers; the screens and notifications put it into words. */
export const AlertReasonSchema = z.object({
  signal: SignalKindSchema,
  category: CategorySchema.nullable(),
  /** The detector's interval that fired. */
  windowStart: z.number(),
  windowEnd: z.number(),
  observed: z.number(),
  expected: z.number(),
  /** The baseline band's upper edge at that interval. */
  upper: z.number(),
  /** 0…1, how unusual */
  score: z.number(),
  /** What the rule's floor counts (see `minPerHour` on rules) in the last hour, against the floor. */
  lastHour: z.number(),
  minPerHour: z.number(),
  /**
   * Share signals (`negative_share`, `net_sentiment`): the interval's negative mentions and the mentions
   * the share is read from; `observed`, `expected` and `upper` are then shares (0…1).
   */
  successes: z.number().optional(),
  trials: z.number().optional(),
  /** `emerging_term`: the phrase or hashtag; `observed` is how many of the interval's mentions carry it. */
  term: z.string().optional(),
  /** The term had (almost) no history before. */
  isNewTerm: z.boolean().optional(),
  /**
   * Count and share rules: every signal that fired in this wave of the brand's mentions (one alert holds
   * them all; `signal` is the most unusual of them).
   */
  signals: z.array(SignalKindSchema).optional(),
  /** `emerging_term`: every term that burst for the brand in this event, strongest first (up to 20). */
  terms: z.array(z.string()).max(20).optional(),
  /** `coordinated`: the near-duplicate key of the text; `observed` is the distinct accounts posting it. */
  clusterKey: z.string().optional(),
  /** One of the posts, to show what was posted. */
  sampleText: z.string().optional(),
  /** The accounts (up to 50) and how many of them are new or have little history. */
  accounts: z.array(CoordinatedAccountSchema).max(MAX_LISTED_ACCOUNTS).optional(),
  suspiciousAccounts: z.number().optional(),
  /**
   * `virality`: the negative post, and the forecast of its final replies and reshares. `observed` is then
   * the replies and reshares so far, `expected` the expected final count (the 90% lower bound when the
   * cascade is supercritical and has no finite expectation), `upper` the rule's threshold, `score` the
   * probability to cross it, and the window runs from the post to its newest reply.
   */
  post: z.object({ platform: z.string(), externalId: z.string(), url: z.string().nullable(), createdAt: z.number() }).optional(),
  forecast: ViralityForecastSchema.optional(),
  /**
   * `engagement_velocity`: the post (in `post`) and its velocity. `observed` is then the engagement an
   * hour, `expected` the brand's usual post (0 while its baseline learns), `upper` the rule's floor.
   */
  velocity: VelocityReasonSchema.optional(),
});
export type AlertReason = z.infer<typeof AlertReasonSchema>;

export const SCOPES = ['local', 'national', 'international'] as const;
export type ImpactScope = (typeof SCOPES)[number];

export const AlertImpactSchema = z.object({
  scope: z.enum(SCOPES),
  /** Mentions in the last hour, and how many times the usual rate that is. */
  perHour: z.number(),
  speedRatio: z.number().nullable(),
  /** Sum of the reach of the mentions behind the alert. */
  reach: z.number(),
  negativeShare: z.number().nullable(),
  categories: z.array(z.object({ category: CategorySchema, mentions: z.number() })),
  languages: z.record(z.string(), z.number()),
  platforms: z.record(z.string(), z.number()),
});
export type AlertImpact = z.infer<typeof AlertImpactSchema>;

export const AlertSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  brandName: z.string(),
  ruleId: z.number().nullable(),
  severity: z.enum(ALERT_SEVERITIES),
  status: z.enum(ALERT_STATUSES),
  reason: AlertReasonSchema,
  impact: AlertImpactSchema,
  /** How many times the detector fired inside this one unfolding event. */
  firings: z.number(),
  firstFiredAt: z.number(),
  lastFiredAt: z.number(),
  acknowledgedAt: z.number().nullable(),
  acknowledgedBy: z.string().nullable(),
  snoozedUntil: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.string().nullable(),
  /** Which step of the on-call order was notified last (0: the first). */
  escalationStep: z.number(),
  /** The Mentions page's filter for the mentions behind the alert. */
  mentions: z.object({
    /** Left out for a post going viral: its replies need not name the brand. */
    brandId: z.number().optional(),
    from: z.number(),
    to: z.number(),
    sentiment: z.enum(['negative']).optional(),
    category: CategorySchema.optional(),
    /** Coordinated behaviour: the copies of the posted text. */
    cluster: z.string().optional(),
    /** An emerging term: the mentions that carry it (a search). */
    q: z.string().optional(),
    /** A post going viral: the post (by external id, on `platform`) and the mentions replying to or resharing it. */
    platform: z.string().optional(),
    post: z.string().optional(),
  }),
  /** The incident opened from this alert, once the incidents module exists. */
  incidentId: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Alert = z.infer<typeof AlertSchema>;
export const AlertPageSchema = pageOf(AlertSchema);

export const AlertListQuerySchema = z.object({
  status: z.enum([...ALERT_STATUSES, 'active']).optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  brandId: z.coerce.number().int().positive().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const SnoozeAlertSchema = z.object({
  minutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
});
export const ResolveAlertSchema = z.object({ resolution: z.string().trim().max(2000).default('') });

/** One interval of a brand's signals, with the detector's baseline band where it has one. */
export const SignalPointSchema = z.object({
  t: z.number(),
  mentions: z.number(),
  negative: z.number(),
  neutral: z.number(),
  positive: z.number(),
  reach: z.number(),
  negativeReach: z.number(),
  /** Distinct accounts (counted per minute, summed over the interval's minutes). */
  authors: z.number(),
  /** (positive − negative) / mentions, or null without mentions */
  netSentiment: z.number().nullable(),
  /** The volume rule's expected value and band (null before the detector has learnt). */
  expected: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
export type SignalPoint = z.infer<typeof SignalPointSchema>;

export const SignalQuerySchema = z.object({
  brandId: z.coerce.number().int().positive(),
  from: z.coerce.number().int().nonnegative(),
  to: z.coerce.number().int().nonnegative(),
  /** Interval length in minutes. */
  interval: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
});

export const SignalSeriesSchema = z.object({
  brandId: z.number(),
  interval: z.number(),
  points: z.array(SignalPointSchema),
  categories: z.array(z.object({ category: CategorySchema, mentions: z.number() })),
  alerts: z.array(z.object({ id: z.number(), at: z.number(), severity: z.enum(ALERT_SEVERITIES), signal: SignalKindSchema })),
});
export type SignalSeries = z.infer<typeof SignalSeriesSchema>;

/** The crisis team's call tree: who is told when a critical alert goes unacknowledged. */
export const OnCallSchema = z.object({
  /** Minutes to wait for an acknowledgement before the next step is notified. */
  escalateAfterMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  steps: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(100),
        /** Notification channels that reach this person or group. */
        channelIds: z.array(z.number().int().positive()).min(1).max(10),
      }),
    )
    .max(20),
});
export type OnCall = z.infer<typeof OnCallSchema>;

/** Live events on `/workspaces/{id}/events` (server-sent events). */
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('alert.raised'), alert: AlertSchema }),
  z.object({ type: z.literal('alert.updated'), alert: AlertSchema }),
  z.object({ type: z.literal('signals.updated'), brandIds: z.array(z.number()), at: z.number() }),
  ...IncidentLiveEventSchemas,
  ...OutboxLiveEventSchemas,
  ...InboxLiveEventSchemas,
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;
