import type { Kysely } from 'kysely';
import { type TemplateLanguage, draftTemplateVersion, listStarterTemplates } from '../../../core/messaging';
import type { Database } from '../../db/schema';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { toStateColumns } from './messages.store';

/** Workspace roles whose members approve templates unless a template names others. */
export const DEFAULT_APPROVER_ROLES = ['owner', 'admin', 'crisis_lead', 'approver'] as const;

export async function listDefaultApprovers(db: Kysely<Database>, workspaceId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', 'in', [...DEFAULT_APPROVER_ROLES])
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Installs the starter library. Its templates arrive as drafts written by Siaga, not as approved
 * words: a brand should not speak in a crisis with text its own approvers have never read, and
 * reviewing the library before a crisis is the preparation the plan asks for. Templates already
 * installed (same key and language) are skipped, so installing again only adds what is new.
 */
export async function installStarterLibrary(
  db: Kysely<Database>,
  workspaceId: number,
  actor: Actor,
  now: number,
  language?: TemplateLanguage,
): Promise<{ installed: number; skipped: number }> {
  const approverIds = await listDefaultApprovers(db, workspaceId);
  const present = await db.selectFrom('message_templates').select(['key', 'language']).where('workspace_id', '=', workspaceId).execute();
  const have = new Set(present.map((r) => `${r.key}/${r.language}`));
  const wanted = listStarterTemplates(language);
  const missing = wanted.filter((t) => !have.has(`${t.key}/${t.language}`));
  await db.transaction().execute(async (trx) => {
    for (const starter of missing) {
      const template = await trx
        .insertInto('message_templates')
        .values({
          workspace_id: workspaceId,
          key: starter.key,
          name: starter.name,
          crisis_type: starter.crisisType,
          kind: starter.kind,
          channel: starter.channel,
          language: starter.language,
          approval_mode: 'any',
          approver_ids: JSON.stringify(approverIds),
          valid_for_days: 365,
          latest_version: 1,
          created_by: null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('message_template_versions')
        .values({
          template_id: template.id,
          workspace_id: workspaceId,
          version: 1,
          body: starter.body,
          change_note: language === 'en' || starter.language === 'en' ? 'Starter library' : 'Pustaka awal',
          author_id: null,
          created_at: now,
          ...toStateColumns(draftTemplateVersion(0)),
        })
        .execute();
    }
    await trx
      .insertInto('message_library_setups')
      .values({ workspace_id: workspaceId, installed_at: now })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .execute();
    await recordAudit(trx, actor, now, {
      workspaceId,
      action: 'message_library.starter_installed',
      details: { language: language ?? 'all', installed: missing.length, skipped: wanted.length - missing.length },
    });
  });
  return { installed: missing.length, skipped: wanted.length - missing.length };
}

/** A workspace gets the starter library the first time its library is opened; once, so deletions stay deleted. */
export async function ensureStarterLibrary(db: Kysely<Database>, workspaceId: number, actor: Actor, now: number): Promise<void> {
  const isDone = async () =>
    (await db.selectFrom('message_library_setups').select('workspace_id').where('workspace_id', '=', workspaceId).executeTakeFirst()) !==
    undefined;
  if (await isDone()) return;
  try {
    await installStarterLibrary(db, workspaceId, actor, now);
  } catch (error) {
    // Two first visits at once: the other one installed it, and the unique key refused ours.
    if (!(await isDone())) throw error;
  }
}
