import {
  type ContactFormat,
  type ContactImportRequest,
  ContactImportRequestSchema,
  type ContactImportResult,
  type ContactValues,
} from '../../../core/api';
import { type ContactViewer, canSeePrivateContactFields, redactContact } from '../../../core/policy/contact-visibility';
import type { ServiceDeps } from '../../deps';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type ParsedFile, type RecordError, fieldsOfContact, validateRecord } from './contact-records';
import { contactColumns, identityKeys, selectContactRows } from './contacts.repository';
import { contactOfRow } from './contacts.service';
import { parseContactsCsv, writeContactsCsv } from './contacts-csv';
import { parseVcards, writeVcards } from './vcard';

const PREVIEW_LIMIT = 100;

export interface ContactExport {
  contentType: string;
  fileName: string;
  body: string;
  count: number;
}

function parseFile(format: ContactFormat, content: string): ParsedFile {
  return format === 'csv' ? parseContactsCsv(content) : parseVcards(content);
}

/** CSV and vCard import (bad rows reported by line, the rest imported, nothing twice) and export. */
export function createContactFileService({ db, clock }: ServiceDeps) {
  return {
    async importContacts(workspaceId: number, raw: ContactImportRequest, actor: Actor): Promise<ContactImportResult> {
      const request = ContactImportRequestSchema.parse(raw);
      const parsed = parseFile(request.format, request.content);
      const rejected: RecordError[] = [...parsed.errors];
      const valid: { line: number; values: ContactValues }[] = [];
      for (const record of parsed.records) {
        const result = validateRecord(record, request.defaultKind);
        if ('reason' in result) rejected.push({ line: record.line, reason: result.reason });
        else valid.push({ line: record.line, values: result.values });
      }
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const known = new Set((await selectContactRows(trx, workspaceId)).flatMap((row) => identityKeys(row)));
        const fresh: typeof valid = [];
        const duplicates: ContactImportResult['duplicates'] = [];
        for (const entry of valid) {
          const keys = identityKeys(entry.values);
          if (keys.some((k) => known.has(k))) duplicates.push({ line: entry.line, name: entry.values.name });
          else {
            fresh.push(entry);
            for (const k of keys) known.add(k);
          }
        }
        if (!request.dryRun && fresh.length > 0) {
          await trx
            .insertInto('contacts')
            .values(
              fresh.map(({ values }) => ({
                workspace_id: workspaceId,
                ...contactColumns(values),
                created_by: actor.userId,
                created_at: now,
                updated_at: now,
              })),
            )
            .execute();
        }
        if (!request.dryRun) {
          await recordAudit(trx, actor, now, {
            workspaceId,
            action: 'contacts.imported',
            targetType: 'contact',
            details: { format: request.format, imported: fresh.length, duplicates: duplicates.length, rejected: rejected.length },
          });
        }
        return {
          dryRun: request.dryRun,
          received: parsed.records.length + parsed.errors.length,
          imported: fresh.length,
          duplicates,
          rejected: rejected.sort((a, b) => a.line - b.line),
          preview: fresh.slice(0, PREVIEW_LIMIT).map(({ line, values }) => ({
            line,
            kind: values.kind,
            name: values.name,
            organisation: values.organisation,
            title: values.title,
            topic: values.topic,
            email: values.email,
            restricted: values.restricted,
          })),
        };
      });
    },

    /** The directory as the viewer may see it: hidden private fields are written empty, hidden contacts left out. */
    async exportContacts(
      workspaceId: number,
      options: { format: ContactFormat; version?: '3.0' | '4.0' },
      actor: Actor,
      viewer: ContactViewer,
    ): Promise<ContactExport> {
      const rows = await selectContactRows(db, workspaceId);
      const visible = rows.flatMap((row) => {
        const shown = redactContact(viewer, contactOfRow(row));
        return shown ? [fieldsOfContact(shown)] : [];
      });
      const now = clock.now();
      await recordAudit(db, actor, now, {
        workspaceId,
        action: 'contacts.exported',
        targetType: 'contact',
        details: { format: options.format, count: visible.length, privateFields: canSeePrivateContactFields(viewer) },
      });
      const stamp = new Date(now).toISOString().slice(0, 10);
      return options.format === 'csv'
        ? {
            contentType: 'text/csv; charset=utf-8',
            fileName: `kontak-${stamp}.csv`,
            body: writeContactsCsv(visible),
            count: visible.length,
          }
        : {
            contentType: 'text/vcard; charset=utf-8',
            fileName: `kontak-${stamp}.vcf`,
            body: writeVcards(visible, options.version ?? '4.0'),
            count: visible.length,
          };
    },
  };
}

export type ContactFileService = ReturnType<typeof createContactFileService>;
