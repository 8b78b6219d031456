import type { Kysely } from 'kysely';
import type { ContactListQuery, ContactValues } from '../../../core/api';
import type { Database } from '../../db/schema';

export const CONTACT_COLUMNS = [
  'id',
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
  'created_at',
  'updated_at',
] as const;

export async function selectContactRows(db: Kysely<Database>, workspaceId: number, filter: ContactListQuery = {}) {
  let q = db.selectFrom('contacts').select(CONTACT_COLUMNS).where('workspace_id', '=', workspaceId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.topic) q = q.where('topic', '=', filter.topic);
  return q.orderBy('kind').orderBy('name').orderBy('id').execute();
}

export type ContactRow = Awaited<ReturnType<typeof selectContactRows>>[number];

export async function findContactRow(db: Kysely<Database>, workspaceId: number, contactId: number): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .select(CONTACT_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export function contactColumns(values: ContactValues) {
  return {
    kind: values.kind,
    name: values.name,
    organisation: values.organisation,
    title: values.title,
    topic: values.topic,
    beat: values.beat,
    region: values.region,
    email: values.email,
    phone: values.phone,
    whatsapp: values.whatsapp,
    notes: values.notes,
    restricted: values.restricted ? 1 : 0,
  };
}

/**
 * Two entries are the same person when they share a work e-mail or the same name and organisation
 * (ignoring case), so importing one file twice adds nobody twice.
 */
export function identityKeys(contact: { name: string; organisation: string; email: string }): string[] {
  const keys = [`name:${contact.name.trim().toLowerCase()}|${contact.organisation.trim().toLowerCase()}`];
  if (contact.email) keys.unshift(`email:${contact.email.trim().toLowerCase()}`);
  return keys;
}
