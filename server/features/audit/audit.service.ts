import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../security/actor';

export interface AuditRecord {
  workspaceId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: unknown;
}

/** Appends to the audit log; call it inside the transaction that makes the change. */
export async function recordAudit(db: Kysely<Database>, actor: Actor, at: number, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      workspace_id: record.workspaceId,
      actor_user_id: actor.userId,
      actor_token_id: actor.tokenId,
      action: record.action,
      target_type: record.targetType ?? null,
      target_id: record.targetId === undefined ? null : String(record.targetId),
      details: record.details === undefined ? null : JSON.stringify(record.details),
      ip: actor.ip,
      created_at: at,
    })
    .execute();
}

/** Newest first; the cursor is the last id seen. */
export async function listAudit(
  db: Kysely<Database>,
  workspaceId: number,
  filter: { action?: string | undefined; cursor?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select([
      'l.id',
      'l.action',
      'l.actor_user_id',
      'l.actor_token_id',
      'u.name',
      'l.target_type',
      'l.target_id',
      'l.details',
      'l.ip',
      'l.created_at',
    ])
    .where('l.workspace_id', '=', workspaceId);
  // A prefix match; `%` and `_` in action names (`mention.analysis_corrected`) are literal.
  if (filter.action) q = q.where(sql<boolean>`l.action like ${`${filter.action.replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`);
  const before = filter.cursor ? Number(filter.cursor) : Number.NaN;
  if (Number.isInteger(before)) q = q.where('l.id', '<', before);
  const rows = await q
    .orderBy('l.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      action: r.action,
      actor: { userId: r.actor_user_id, name: r.name, tokenId: r.actor_token_id },
      targetType: r.target_type,
      targetId: r.target_id,
      details: r.details ? (JSON.parse(r.details) as unknown) : null,
      ip: r.ip,
      createdAt: r.created_at,
    })),
    nextCursor: rows.length > filter.limit ? String(page[page.length - 1]?.id) : null,
  };
}
