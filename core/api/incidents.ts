import { z } from 'zod';
import { ASSESSMENT_SCOPES, INCIDENT_STATES, TIMELINE_KINDS } from '../incidents';
import { TimestampInputSchema } from './common';
import { CrisisRoleSchema, CrisisTypeSchema } from './plan';

export const IncidentStateSchema = z.enum(INCIDENT_STATES);
export const SeverityLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const text = (max: number) => z.string().trim().max(max);

/** The numbers a severity is suggested from (see core/incidents/severity.ts). */
export const SeverityInputSchema = z.object({
  reach: z.number().nonnegative(),
  perHour: z.number().nonnegative(),
  speedRatio: z.number().nonnegative().nullable(),
  negativeShare: z.number().min(0).max(1).nullable(),
  scope: z.enum(ASSESSMENT_SCOPES),
  mediaPickup: z.number().int().nonnegative(),
  safety: z.boolean(),
  legal: z.boolean(),
});

export const SeverityFactorSchema = z.object({
  factor: z.enum(['reach', 'speed', 'negativeShare', 'scope', 'media', 'safety', 'legal']),
  level: SeverityLevelSchema,
  value: z.union([z.number(), z.string(), z.boolean()]).nullable(),
});

export const SeverityOverrideSchema = z.object({
  level: SeverityLevelSchema,
  reason: text(1000).min(3, 'say why the level differs from the suggestion'),
});

export const DeclareIncidentSchema = z.object({
  /** Declare from this alert: its brand, numbers, category and mentions fill what is not given. */
  alertId: z.number().int().positive().optional(),
  brandId: z.number().int().positive().nullable().optional(),
  title: text(200).min(1).optional(),
  crisisType: CrisisTypeSchema.optional(),
  summary: text(4000).optional(),
  /** Numbers the assessment reads; an alert fills the ones left out, the rest are zero. */
  assessment: SeverityInputSchema.partial().optional(),
  /** A level other than the suggested one, with the reason. */
  severity: SeverityOverrideSchema.optional(),
  /** Pause the brand's scheduled posts (on unless said otherwise). */
  pausePosts: z.boolean().default(true),
});
export type DeclareIncidentInput = z.input<typeof DeclareIncidentSchema>;

export const TransitionIncidentSchema = z.object({
  to: IncidentStateSchema,
  resolutionSummary: text(4000).optional(),
  reviewNote: text(4000).optional(),
  note: text(2000).optional(),
});

export const TeamMemberSchema = z.object({
  role: CrisisRoleSchema,
  userId: z.number(),
  name: z.string(),
  deputyUserIds: z.array(z.number()),
});
export const TeamInputSchema = z.object({
  members: z
    .array(
      z.object({
        role: CrisisRoleSchema,
        userId: z.number().int().positive(),
        deputyUserIds: z.array(z.number().int().positive()).max(5).default([]),
      }),
    )
    .max(50),
});

export const TaskSchema = z.object({
  id: z.number(),
  position: z.number(),
  stepKey: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  ownerRole: CrisisRoleSchema,
  assigneeUserId: z.number().nullable(),
  assigneeName: z.string().nullable(),
  dueAt: z.number().nullable(),
  checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
  templateIds: z.array(z.string()),
  escalation: z.string(),
  status: z.enum(['open', 'done']),
  completedAt: z.number().nullable(),
  completedBy: z.string().nullable(),
  createdAt: z.number(),
});
export type IncidentTask = z.infer<typeof TaskSchema>;

export const TaskInputSchema = z.object({
  title: text(200).min(1),
  description: text(4000).default(''),
  ownerRole: CrisisRoleSchema,
  assigneeUserId: z.number().int().positive().nullable().default(null),
  dueAt: TimestampInputSchema.nullable().default(null),
  checklist: z.array(text(300).min(1)).max(30).default([]),
});
export const TaskAssignSchema = z.object({ assigneeUserId: z.number().int().positive().nullable() });
export const ChecklistTickSchema = z.object({ done: z.boolean() });

export const FactSheetInputSchema = z.object({
  whatHappened: text(8000),
  whatWeKnow: text(8000),
  whatWeDoNotKnow: text(8000),
  whatWeAreDoing: text(8000),
  nextUpdateAt: TimestampInputSchema.nullable(),
});
export const FactSheetSchema = z.object({
  version: z.number(),
  whatHappened: z.string(),
  whatWeKnow: z.string(),
  whatWeDoNotKnow: z.string(),
  whatWeAreDoing: z.string(),
  nextUpdateAt: z.number().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.number(),
});
export type FactSheet = z.infer<typeof FactSheetSchema>;

export const EvidenceSchema = z.object({
  mentionId: z.number(),
  platform: z.string(),
  text: z.string(),
  authorHandle: z.string().nullable(),
  url: z.string().nullable(),
  sentiment: z.string().nullable(),
  postedAt: z.number(),
  addedAt: z.number(),
  addedBy: z.string().nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
export const AddEvidenceSchema = z.object({ mentionIds: z.array(z.number().int().positive()).min(1).max(500) });

export const PauseSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  brandName: z.string(),
  reason: z.string(),
  incidentId: z.number().nullable(),
  pausedBy: z.string().nullable(),
  pausedAt: z.number(),
  resumedAt: z.number().nullable(),
  resumedBy: z.string().nullable(),
});
export type BrandPause = z.infer<typeof PauseSchema>;
export const PauseInputSchema = z.object({ brandId: z.number().int().positive(), reason: text(1000).min(3) });

export const TimelineKindSchema = z.enum(TIMELINE_KINDS);
export const TimelineEntrySchema = z.object({
  id: z.number(),
  at: z.number(),
  kind: TimelineKindSchema,
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
const kindsList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const kinds = (value ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const bad = kinds.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `unknown kinds: ${bad.join(', ')}` });
    return kinds as (typeof TIMELINE_KINDS)[number][];
  });
export const TimelineQuerySchema = z.object({ kinds: kindsList });
export const TimelineExportQuerySchema = z.object({
  kinds: kindsList,
  format: z.enum(['csv', 'markdown']).default('markdown'),
  language: z.enum(['id', 'en']).default('id'),
});
export const LinkAlertSchema = z.object({ alertId: z.number().int().positive() });
export const NoteInputSchema = z.object({ text: text(4000).min(1) });

export const IncidentSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  crisisType: CrisisTypeSchema,
  state: IncidentStateSchema,
  severity: SeverityLevelSchema,
  brandId: z.number().nullable(),
  brandName: z.string().nullable(),
  alertId: z.number().nullable(),
  declaredAt: z.number(),
  declaredBy: z.string().nullable(),
  openTasks: z.number(),
  overdueTasks: z.number(),
  updatedAt: z.number(),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

export const IncidentSchema = IncidentSummarySchema.extend({
  summary: z.string(),
  severitySuggested: SeverityLevelSchema,
  severityReason: z.string().nullable(),
  severityFactors: z.array(SeverityFactorSchema),
  heldBackByTone: z.boolean(),
  assessment: SeverityInputSchema,
  resolutionSummary: z.string().nullable(),
  reviewNote: z.string().nullable(),
  resolvedAt: z.number().nullable(),
  reviewedAt: z.number().nullable(),
  playbook: z.object({ id: z.number(), version: z.number(), title: z.string() }).nullable(),
  nextStates: z.array(IncidentStateSchema),
  team: z.array(TeamMemberSchema),
  tasks: z.array(TaskSchema),
  factSheet: FactSheetSchema.nullable(),
  evidenceCount: z.number(),
  pause: PauseSchema.nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const IncidentListQuerySchema = z.object({
  state: z.enum([...INCIDENT_STATES, 'open']).optional(),
  brandId: z.coerce.number().int().positive().optional(),
});

/** Live events of the crisis room, on the workspace's event stream. */
export const IncidentLiveEventSchemas = [
  z.object({ type: z.literal('incident.changed'), incidentId: z.number(), change: z.string(), at: z.number() }),
  z.object({ type: z.literal('pauses.changed'), brandId: z.number(), at: z.number() }),
] as const;
