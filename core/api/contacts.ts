import { z } from 'zod';

/** Who the directory holds: the people to call inside, experts by topic, the press, regulators and partners. */
export const CONTACT_KINDS = ['internal_emergency', 'internal_expert', 'media', 'regulator', 'partner'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The topics internal experts answer for; complaints are routed to them by topic. */
export const EXPERT_TOPICS = ['product', 'legal', 'it_security', 'customer_service', 'other'] as const;
export type ExpertTopic = (typeof EXPERT_TOPICS)[number];

export const CONTACT_FORMATS = ['csv', 'vcard'] as const;
export type ContactFormat = (typeof CONTACT_FORMATS)[number];

/** Spaces, dashes, dots and brackets are dropped, so `0812-3456 789` and `08123456789` are the same number. */
const PhoneSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s\-().]/g, ''))
  .pipe(z.string().regex(/^(\+?\d{6,15})?$/, 'must be a phone number: 6 to 15 digits, optionally starting with +'));

const text = (max: number) => z.string().trim().max(max);

export const ContactInputSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    name: z.string().trim().min(1, 'required').max(200),
    organisation: text(200).default(''),
    /** Their role or job title (for media: the position at the outlet). */
    title: text(200).default(''),
    topic: z.enum(EXPERT_TOPICS).nullable().default(null),
    /** For media: what they cover, and where. */
    beat: text(200).default(''),
    region: text(200).default(''),
    /** The work e-mail, which everyone who reads the directory sees. */
    email: z.union([z.literal(''), z.email('must be an e-mail address').max(320)]).default(''),
    phone: PhoneSchema.default(''),
    whatsapp: PhoneSchema.default(''),
    notes: text(4000).default(''),
    /** Only crisis leads see a restricted contact at all. */
    restricted: z.boolean().default(false),
  })
  .superRefine((contact, ctx) => {
    if (contact.kind === 'internal_expert' && contact.topic === null)
      ctx.addIssue({ code: 'custom', path: ['topic'], message: 'an internal expert needs a topic' });
  });
export type ContactInput = z.input<typeof ContactInputSchema>;
export type ContactValues = z.output<typeof ContactInputSchema>;

export const ContactSchema = z.object({
  id: z.number(),
  kind: z.enum(CONTACT_KINDS),
  name: z.string(),
  organisation: z.string(),
  title: z.string(),
  topic: z.enum(EXPERT_TOPICS).nullable(),
  beat: z.string(),
  region: z.string(),
  email: z.string(),
  /** Private fields are null for readers without `contacts.read_private`. */
  phone: z.string().nullable(),
  whatsapp: z.string().nullable(),
  notes: z.string().nullable(),
  restricted: z.boolean(),
  privateHidden: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ContactListQuerySchema = z.object({
  kind: z.enum(CONTACT_KINDS).optional(),
  topic: z.enum(EXPERT_TOPICS).optional(),
  /** Part of the name, organisation, beat or region. */
  q: z.string().trim().max(200).optional(),
});
export type ContactListQuery = z.infer<typeof ContactListQuerySchema>;

export const ContactImportRequestSchema = z.object({
  format: z.enum(CONTACT_FORMATS),
  /** The file's text (UTF-8). */
  content: z.string().min(1, 'the file is empty'),
  /** Check and preview only; nothing is stored. */
  dryRun: z.boolean().default(false),
  /** The kind of rows and cards that name none. */
  defaultKind: z.enum(CONTACT_KINDS).nullable().default(null),
});
export type ContactImportRequest = z.input<typeof ContactImportRequestSchema>;

export const ContactImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Rows (CSV) or cards (vCard) read. */
  received: z.number(),
  imported: z.number(),
  /** Already in the directory (same e-mail, or same name and organisation) or repeated in the file. */
  duplicates: z.array(z.object({ line: z.number(), name: z.string() })),
  rejected: z.array(z.object({ line: z.number(), reason: z.string() })),
  /** What would be (or was) imported, up to 100 contacts. */
  preview: z.array(
    z.object({
      line: z.number(),
      kind: z.enum(CONTACT_KINDS),
      name: z.string(),
      organisation: z.string(),
      title: z.string(),
      topic: z.enum(EXPERT_TOPICS).nullable(),
      email: z.string(),
      restricted: z.boolean(),
    }),
  ),
});
export type ContactImportResult = z.infer<typeof ContactImportResultSchema>;

export const ContactExportQuerySchema = z.object({
  format: z.enum(CONTACT_FORMATS).default('csv'),
  version: z.enum(['3.0', '4.0']).default('4.0'),
});
