import {
  type Contact,
  type ContactInput,
  ContactInputSchema,
  type ContactKind,
  type ContactListQuery,
  type ExpertTopic,
} from '../../../core/api';
import { type ContactViewer, redactContact } from '../../../core/policy/contact-visibility';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type ContactRow, contactColumns, findContactRow, selectContactRows } from './contacts.repository';

/** A stored contact with every field, before the viewer's visibility is applied. */
export function contactOfRow(row: ContactRow) {
  return {
    id: Number(row.id),
    kind: row.kind as ContactKind,
    name: row.name,
    organisation: row.organisation,
    title: row.title,
    topic: row.topic as ExpertTopic | null,
    beat: row.beat,
    region: row.region,
    email: row.email,
    phone: row.phone,
    whatsapp: row.whatsapp,
    notes: row.notes,
    restricted: row.restricted === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function matchesText(contact: ReturnType<typeof contactOfRow>, q: string | undefined): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [contact.name, contact.organisation, contact.title, contact.beat, contact.region].some((v) => v.toLowerCase().includes(needle));
}

/** The contacts directory. Every read goes through the viewer's visibility (core/policy/contact-visibility). */
export function createContactService({ db, clock }: ServiceDeps) {
  async function listVisible(workspaceId: number, viewer: ContactViewer, filter: ContactListQuery = {}): Promise<Contact[]> {
    const rows = await selectContactRows(db, workspaceId, filter);
    return rows
      .map(contactOfRow)
      .filter((c) => matchesText(c, filter.q))
      .flatMap((c) => {
        const shown = redactContact(viewer, c);
        return shown ? [shown] : [];
      });
  }

  async function getContact(workspaceId: number, contactId: number, viewer: ContactViewer): Promise<Contact> {
    const row = await findContactRow(db, workspaceId, contactId);
    const shown = row ? redactContact(viewer, contactOfRow(row)) : null;
    // A restricted contact does not exist for those who may not see it.
    if (!shown) throw AppError.notFound('Contact');
    return shown;
  }

  return {
    listContacts: listVisible,
    getContact,

    async createContact(workspaceId: number, raw: ContactInput, actor: Actor, viewer: ContactViewer): Promise<Contact> {
      const values = ContactInputSchema.parse(raw);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('contacts')
          .values({ workspace_id: workspaceId, ...contactColumns(values), created_by: actor.userId, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'contact.created',
          targetType: 'contact',
          targetId: inserted.id,
          details: { name: values.name, kind: values.kind, restricted: values.restricted },
        });
        return Number(inserted.id);
      });
      return getContact(workspaceId, id, viewer);
    },

    /** Replaces every field; only crisis leads write contacts, and they see every field, so nothing hidden is lost. */
    async updateContact(workspaceId: number, contactId: number, raw: ContactInput, actor: Actor, viewer: ContactViewer): Promise<Contact> {
      const values = ContactInputSchema.parse(raw);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await findContactRow(trx, workspaceId, contactId);
        if (!current || !redactContact(viewer, contactOfRow(current))) throw AppError.notFound('Contact');
        const columns = contactColumns(values);
        const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== current[k]);
        await trx
          .updateTable('contacts')
          .set({ ...columns, updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', contactId)
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'contact.updated',
          targetType: 'contact',
          targetId: contactId,
          details: { changed },
        });
      });
      return getContact(workspaceId, contactId, viewer);
    },

    async deleteContact(workspaceId: number, contactId: number, actor: Actor, viewer: ContactViewer): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await findContactRow(trx, workspaceId, contactId);
        if (!current || !redactContact(viewer, contactOfRow(current))) throw AppError.notFound('Contact');
        await trx.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', contactId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'contact.deleted',
          targetType: 'contact',
          targetId: contactId,
          details: { name: current.name, kind: current.kind },
        });
      });
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;
