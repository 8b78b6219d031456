import { z } from 'zod';
import { LocaleSchema, RoleSchema } from './auth';
import { PersonRefSchema } from './plan';

/** A new version of the social media policy; every member must acknowledge it. */
export const PolicyInputSchema = z.object({
  title: z.string().trim().min(1, 'required').max(200),
  language: LocaleSchema,
  /** Markdown. */
  body: z.string().trim().min(20, 'write the policy (at least 20 characters)').max(100_000),
  note: z.string().trim().max(500).default(''),
});
export type PolicyInput = z.input<typeof PolicyInputSchema>;

export const PolicyVersionSchema = z.object({
  version: z.number(),
  title: z.string(),
  language: LocaleSchema,
  body: z.string(),
  note: z.string(),
  publishedBy: PersonRefSchema.nullable(),
  publishedAt: z.number(),
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;

/** The current policy as one member sees it. */
export const PolicyStateSchema = z.object({
  current: PolicyVersionSchema.nullable(),
  /** When the caller acknowledged the current version; null when they have not (or there is none). */
  acknowledgedAt: z.number().nullable(),
});
export type PolicyState = z.infer<typeof PolicyStateSchema>;

export const PolicyVersionSummarySchema = PolicyVersionSchema.omit({ body: true }).extend({ acknowledged: z.number() });

export const PolicyAcknowledgeInputSchema = z.object({
  /** The version the member read; refused when a newer one has been published since. */
  version: z.number().int().positive(),
});

const MemberAckSchema = z.object({ userId: z.number(), name: z.string(), email: z.string(), role: RoleSchema });

/** Who has and who has not acknowledged the current version, for the crisis leads. */
export const PolicyAcknowledgementsSchema = z.object({
  version: z.number().nullable(),
  acknowledged: z.array(MemberAckSchema.extend({ acknowledgedAt: z.number() })),
  pending: z.array(MemberAckSchema),
});
export type PolicyAcknowledgements = z.infer<typeof PolicyAcknowledgementsSchema>;
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummarySchema>;
