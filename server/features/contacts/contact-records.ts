import { type ContactKind, type ContactValues, ContactInputSchema } from '../../../core/api';

/** The fields a file row or card may carry, in the order CSV files list them. */
export const CONTACT_FIELDS = [
  'kind',
  'name',
  'organisation',
  'title',
  'topic',
  'beat',
  'region',
  'email',
  'phone',
  'whatsapp',
  'notes',
  'restricted',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** One row or card as read from a file, before validation; `line` is where it starts (1-based). */
export interface ContactRecord {
  line: number;
  fields: Partial<Record<ContactField, string>>;
}

/** A problem with one row or card; the rest of the file goes on. */
export interface RecordError {
  line: number;
  reason: string;
}

export interface ParsedFile {
  records: ContactRecord[];
  errors: RecordError[];
}

const YES = new Set(['true', 'yes', 'ya', '1', 'y']);
const NO = new Set(['false', 'no', 'tidak', '0', 'n', '']);

/** Validates a record; the reason names each bad field, as the API's own errors do. */
export function validateRecord(record: ContactRecord, defaultKind: ContactKind | null): { values: ContactValues } | { reason: string } {
  const f = record.fields;
  const restricted = (f.restricted ?? '').trim().toLowerCase();
  if (!YES.has(restricted) && !NO.has(restricted)) return { reason: `restricted: must be true or false, not "${f.restricted}"` };
  const kind = f.kind?.trim() || defaultKind;
  if (!kind) return { reason: 'kind: required (or choose a kind for rows that name none)' };
  const parsed = ContactInputSchema.safeParse({
    kind,
    name: f.name ?? '',
    organisation: f.organisation ?? '',
    title: f.title ?? '',
    topic: f.topic?.trim() ? f.topic.trim() : null,
    beat: f.beat ?? '',
    region: f.region ?? '',
    email: (f.email ?? '').trim(),
    phone: f.phone ?? '',
    whatsapp: f.whatsapp ?? '',
    notes: f.notes ?? '',
    restricted: YES.has(restricted),
  });
  if (parsed.success) return { values: parsed.data };
  return { reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') };
}

/** What a contact writes to a file; hidden private fields are written empty. */
export function fieldsOfContact(contact: {
  kind: string;
  name: string;
  organisation: string;
  title: string;
  topic: string | null;
  beat: string;
  region: string;
  email: string;
  phone: string | null;
  whatsapp: string | null;
  notes: string | null;
  restricted: boolean;
}): Record<ContactField, string> {
  return {
    kind: contact.kind,
    name: contact.name,
    organisation: contact.organisation,
    title: contact.title,
    topic: contact.topic ?? '',
    beat: contact.beat,
    region: contact.region,
    email: contact.email,
    phone: contact.phone ?? '',
    whatsapp: contact.whatsapp ?? '',
    notes: contact.notes ?? '',
    restricted: contact.restricted ? 'true' : 'false',
  };
}
