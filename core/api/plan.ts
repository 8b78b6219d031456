import { z } from 'zod';
import { CRISIS_ROLES, CRISIS_TYPES } from '../plan/plan.types';
import { LocaleSchema } from './auth';

export const CrisisRoleSchema = z.enum(CRISIS_ROLES);
export const CrisisTypeSchema = z.enum(CRISIS_TYPES);
/** A crisis type, or `all` for what holds for every type. */
export const TeamScopeSchema = z.union([CrisisTypeSchema, z.literal('all')]);
export type TeamScope = z.infer<typeof TeamScopeSchema>;

const MAX_DUE_MINUTES = 30 * 24 * 60;
const text = (max: number) => z.string().trim().max(max);

/** One playbook step as people write it; `key` stays the same across versions. */
export const PlaybookStepSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'must be 1–48 lowercase letters, digits or dashes'),
  title: text(200).min(1, 'required'),
  description: text(4000).default(''),
  ownerRole: CrisisRoleSchema,
  dueAfterMinutes: z.number().int().min(0).max(MAX_DUE_MINUTES).nullable(),
  checklist: z.array(text(300).min(1, 'must not be empty')).max(30).default([]),
  templateIds: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be a template id (letters, digits, . _ : -)'),
    )
    .max(20)
    .default([]),
  escalation: text(1000).default(''),
});

/** Steps in order: at least one, keys unique so tasks can name the step they came from. */
export const PlaybookStepsSchema = z
  .array(PlaybookStepSchema)
  .min(1, 'a playbook needs at least one step')
  .max(40)
  .superRefine((steps, ctx) => {
    const seen = new Set<string>();
    steps.forEach((step, i) => {
      if (seen.has(step.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `"${step.key}" is used by an earlier step` });
      seen.add(step.key);
    });
  });

export const PlaybookInputSchema = z.object({
  crisisType: CrisisTypeSchema,
  title: text(200).min(1, 'required'),
  language: LocaleSchema,
  steps: PlaybookStepsSchema,
  note: text(500).default(''),
});
export type PlaybookInput = z.input<typeof PlaybookInputSchema>;

/** Saving a playbook is always a new version; `basedOn` refuses the save when someone saved in between. */
export const PlaybookVersionInputSchema = z.object({
  title: text(200).min(1, 'required'),
  steps: PlaybookStepsSchema,
  note: text(500).default(''),
  basedOn: z.number().int().positive().optional(),
});
export type PlaybookVersionInput = z.input<typeof PlaybookVersionInputSchema>;

export const PersonRefSchema = z.object({ userId: z.number(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const PlaybookSummarySchema = z.object({
  id: z.number(),
  crisisType: CrisisTypeSchema,
  title: z.string(),
  language: LocaleSchema,
  starterKey: z.string().nullable(),
  version: z.number(),
  stepCount: z.number(),
  archived: z.boolean(),
  updatedAt: z.number(),
  updatedBy: PersonRefSchema.nullable(),
});
export type PlaybookSummary = z.infer<typeof PlaybookSummarySchema>;

export const PlaybookDetailSchema = PlaybookSummarySchema.extend({
  steps: z.array(PlaybookStepSchema),
  note: z.string(),
});
export type PlaybookDetail = z.infer<typeof PlaybookDetailSchema>;

export const PlaybookListQuerySchema = z.object({
  crisisType: CrisisTypeSchema.optional(),
  archived: z.enum(['true', 'false', 'any']).default('false'),
});

/** What one version changed against the one before, step by step (by key). */
export const PlaybookChangesSchema = z.object({
  title: z.object({ from: z.string(), to: z.string() }).nullable(),
  added: z.array(z.object({ key: z.string(), title: z.string() })),
  removed: z.array(z.object({ key: z.string(), title: z.string() })),
  changed: z.array(z.object({ key: z.string(), title: z.string(), fields: z.array(z.string()) })),
  reordered: z.boolean(),
});
export type PlaybookChanges = z.infer<typeof PlaybookChangesSchema>;

export const PlaybookVersionSchema = z.object({
  playbookId: z.number(),
  version: z.number(),
  title: z.string(),
  steps: z.array(PlaybookStepSchema),
  note: z.string(),
  savedBy: PersonRefSchema.nullable(),
  savedAt: z.number(),
});
export type PlaybookVersion = z.infer<typeof PlaybookVersionSchema>;

export const PlaybookHistoryEntrySchema = PlaybookVersionSchema.omit({ steps: true }).extend({
  stepCount: z.number(),
  /** Null for the first version. */
  changes: PlaybookChangesSchema.nullable(),
});
export type PlaybookHistoryEntry = z.infer<typeof PlaybookHistoryEntrySchema>;

export const StarterInstallInputSchema = z.object({ language: LocaleSchema });
export const StarterInstallResultSchema = z.object({
  added: z.array(PlaybookSummarySchema),
  /** Starter playbooks the workspace already has (edited or not): left as they are. */
  kept: z.array(z.string()),
});
export type StarterInstallResult = z.infer<typeof StarterInstallResultSchema>;

export const TeamAssignmentInputSchema = z.object({
  role: CrisisRoleSchema,
  userId: z.number().int().positive(),
  deputyUserIds: z.array(z.number().int().positive()).max(5).default([]),
});

export const CrisisTeamInputSchema = z.object({
  assignments: z.array(TeamAssignmentInputSchema).max(CRISIS_ROLES.length),
});
export type CrisisTeamInput = z.input<typeof CrisisTeamInputSchema>;

export const TeamMemberViewSchema = z.object({
  role: CrisisRoleSchema,
  person: PersonRefSchema,
  deputies: z.array(PersonRefSchema),
});

export const CrisisTeamSchema = z.object({
  scope: TeamScopeSchema,
  /** This scope's own assignments. */
  assignments: z.array(TeamMemberViewSchema),
  /** The team an incident of this type gets: per role this type's assignment, else the all-types one. */
  effective: z.array(TeamMemberViewSchema.extend({ from: TeamScopeSchema })),
  updatedAt: z.number().nullable(),
  updatedBy: PersonRefSchema.nullable(),
});
export type CrisisTeam = z.infer<typeof CrisisTeamSchema>;

export const TeamOverviewSchema = z.object({
  scopes: z.array(z.object({ scope: TeamScopeSchema, roles: z.number(), updatedAt: z.number().nullable() })),
});
export type TeamOverview = z.infer<typeof TeamOverviewSchema>;
