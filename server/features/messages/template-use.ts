import type { Kysely } from 'kysely';
import type { MessageTemplate } from '../../../core/api';
import { type StatementUseRefusal, checkStatementUse } from '../../../core/messaging';
import { type Role, can } from '../../../core/policy';
import type { Database } from '../../db/schema';
import { loadTemplateRow, loadVersionRows, readApproval, toApprovalPolicy, toTemplate, toVersionState } from './messages.store';

/** Whether a crisis is declared in the workspace now; the incidents feature answers it. */
export type ActiveIncidentPort = (workspaceId: number) => Promise<boolean>;

/**
 * Templates by id for playbooks, replies and statements: a numeric id (`"42"`) names one template,
 * a starter key (`"starter.outage.update"`) names it in every language installed. Unknown ids and
 * archived templates are left out; the caller sees which ids came back.
 */
export async function resolveTemplates(
  db: Kysely<Database>,
  workspaceId: number,
  ids: readonly string[],
  now: number,
): Promise<(MessageTemplate & { ref: string })[]> {
  const numeric = ids.filter((id) => /^\d+$/.test(id)).map(Number);
  const keys = ids.filter((id) => !/^\d+$/.test(id));
  if (numeric.length === 0 && keys.length === 0) return [];
  const rows = await db
    .selectFrom('message_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([...(numeric.length ? [eb('id', 'in', numeric)] : []), ...(keys.length ? [eb('key', 'in', keys)] : [])]))
    .orderBy('id')
    .execute();
  const versions = await loadVersionRows(
    db,
    rows.map((r) => r.id),
  );
  return ids.flatMap((ref) =>
    rows
      .filter((row) => String(row.id) === ref || row.key === ref)
      .map((row) => ({
        ...toTemplate(
          row,
          versions.filter((v) => v.template_id === row.id),
          now,
        ),
        ref,
      })),
  );
}

export type StatementUseAnswer =
  { ok: true; version: number; body: string } | { ok: false; reason: StatementUseRefusal | 'no_usable_version' };

/**
 * Which version of a template `userId` may base a statement on now. During an active crisis a
 * non-approver gets only the newest approved version; outside one, or for an approver (on the
 * template's list, or a crisis lead who configures the list), the latest words unless rejected.
 */
export async function checkTemplateForStatement(
  db: Kysely<Database>,
  isIncidentActive: ActiveIncidentPort,
  use: { workspaceId: number; templateId: number; userId: number; role: Role; now: number },
): Promise<StatementUseAnswer> {
  const template = await loadTemplateRow(db, use.workspaceId, use.templateId);
  const policy = toApprovalPolicy(readApproval(template));
  const duringCrisis = await isIncidentActive(use.workspaceId);
  const versions = await loadVersionRows(db, [template.id]);
  const statementUse = { userId: use.userId, now: use.now, duringCrisis, isApproverByRole: can(use.role, 'templates.configure') };
  let firstRefusal: StatementUseRefusal | undefined;
  for (const version of versions) {
    const refusal = checkStatementUse(toVersionState(version), policy, statementUse);
    if (!refusal) return { ok: true, version: version.version, body: version.body };
    firstRefusal ??= refusal;
  }
  return { ok: false, reason: firstRefusal ?? 'no_usable_version' };
}
