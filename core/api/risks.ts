import { z } from 'zod';
import { CRISIS_TYPES } from '../plan/plan.types';
import { RISK_LEVELS } from '../plan/risk-rules';
import { TimestampInputSchema } from './common';

const ScoreSchema = z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5');

const RiskFields = {
  title: z.string().trim().min(1, 'required').max(200),
  description: z.string().trim().max(4000),
  category: z.enum(CRISIS_TYPES),
  likelihood: ScoreSchema,
  impact: ScoreSchema,
  /** A member of the workspace who watches this risk. */
  ownerUserId: z.number().int().positive().nullable(),
  /** What to watch for: the first signs that this risk is turning into a crisis. */
  earlySigns: z.array(z.string().trim().min(1).max(300)).max(20),
  mitigation: z.string().trim().max(4000),
  /** The playbook to follow when it happens. */
  playbookId: z.number().int().positive().nullable(),
  /** When the risk is next due for review (epoch ms, or an ISO 8601 date). */
  reviewDueAt: TimestampInputSchema.nullable(),
};

export const RiskInputSchema = z.object({
  ...RiskFields,
  description: RiskFields.description.default(''),
  ownerUserId: RiskFields.ownerUserId.default(null),
  earlySigns: RiskFields.earlySigns.default([]),
  mitigation: RiskFields.mitigation.default(''),
  playbookId: RiskFields.playbookId.default(null),
  reviewDueAt: RiskFields.reviewDueAt.default(null),
});
export type RiskInput = z.input<typeof RiskInputSchema>;

export const RiskPatchSchema = z.object(RiskFields).partial();
export type RiskPatch = z.input<typeof RiskPatchSchema>;

/** Marks a risk reviewed now and sets when it is next due. */
export const RiskReviewSchema = z.object({ nextReviewDueAt: TimestampInputSchema.nullable() });
export type RiskReview = z.input<typeof RiskReviewSchema>;

export const RiskSchema = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string(),
  category: z.enum(CRISIS_TYPES),
  likelihood: z.number(),
  impact: z.number(),
  score: z.number(),
  level: z.enum(RISK_LEVELS),
  owner: z.object({ userId: z.number(), name: z.string() }).nullable(),
  earlySigns: z.array(z.string()),
  mitigation: z.string(),
  /** The linked playbook; `title` is null when the playbook no longer exists. */
  playbook: z.object({ id: z.number(), title: z.string().nullable() }).nullable(),
  reviewDueAt: z.number().nullable(),
  lastReviewedAt: z.number().nullable(),
  reviewOverdue: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskListQuerySchema = z.object({
  category: z.enum(CRISIS_TYPES).optional(),
  likelihood: z.coerce.number().int().min(1).max(5).optional(),
  impact: z.coerce.number().int().min(1).max(5).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type RiskListQuery = z.input<typeof RiskListQuerySchema>;
export type RiskListFilter = z.output<typeof RiskListQuerySchema>;

export const HeatMapCellSchema = z.object({
  likelihood: z.number(),
  impact: z.number(),
  level: z.enum(RISK_LEVELS),
  riskIds: z.array(z.number()),
});

/** The register: risks in the filter, the whole heat map and how many reviews are overdue. */
export const RiskRegisterSchema = z.object({
  items: z.array(RiskSchema),
  heatMap: z.array(HeatMapCellSchema),
  overdueCount: z.number(),
});
export type RiskRegister = z.infer<typeof RiskRegisterSchema>;
