import type { Locale, StarterInstallResult } from '../../../core/api';
import { STARTER_PLAYBOOKS, localiseStarterPlaybook } from '../../../core/plan/starter';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { type Db, insertPlaybook, selectPlaybooks, toPlaybookSummary } from './playbooks.repository';

const STARTER_NOTE: Record<Locale, string> = { id: 'Dari pustaka panduan awal Siaga', en: 'From the Siaga starter library' };

/**
 * Adds the starter playbooks a workspace does not have yet, in `language`. A starter it already has
 * (edited, archived or not) and a crisis type it wrote its own playbook for are left alone.
 * Use inside the caller's transaction.
 */
export async function installStarterPlaybooks(db: Db, workspaceId: number, language: Locale, actor: Actor, at: number, audit = true) {
  const existing = await db
    .selectFrom('playbooks')
    .select(['starter_key', 'crisis_type', 'archived_at'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const installed = new Set(existing.map((p) => p.starter_key));
  const covered = new Set(existing.filter((p) => p.archived_at === null).map((p) => p.crisis_type));
  const added: number[] = [];
  const kept: string[] = [];
  for (const starter of STARTER_PLAYBOOKS) {
    if (installed.has(starter.key) || covered.has(starter.crisisType)) {
      kept.push(starter.key);
      continue;
    }
    const { title, steps } = localiseStarterPlaybook(starter, language);
    added.push(
      await insertPlaybook(db, {
        workspaceId,
        crisisType: starter.crisisType,
        title,
        language,
        starterKey: starter.key,
        steps,
        note: STARTER_NOTE[language],
        userId: actor.userId,
        at,
      }),
    );
  }
  if (audit && added.length > 0) {
    await recordAudit(db, actor, at, {
      workspaceId,
      action: 'plan.starter_installed',
      details: { language, added: STARTER_PLAYBOOKS.filter((s) => !kept.includes(s.key)).map((s) => s.key), kept },
    });
  }
  return { addedIds: added, kept };
}

/** The result as the API reports it. */
export async function describeInstall(
  db: Db,
  workspaceId: number,
  result: { addedIds: number[]; kept: string[] },
): Promise<StarterInstallResult> {
  if (result.addedIds.length === 0) return { added: [], kept: result.kept };
  const rows = await selectPlaybooks(db, workspaceId).where('p.id', 'in', result.addedIds).orderBy('p.id').execute();
  return { added: rows.map(toPlaybookSummary), kept: result.kept };
}
