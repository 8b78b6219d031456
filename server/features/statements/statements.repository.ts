import type { Kysely } from 'kysely';
import type { Statement, StatementDetail, StatementListQuery, StatementTargets } from '../../../core/api';
import { StatementTargetsSchema } from '../../../core/api';
import type { ChannelPlatform } from '../../../core/channels';
import type { StatementDeliveryChannel, StatementLanguage, StatementState } from '../../../core/statements';
import type { Database, StatementsTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import { findPageOfBrand, pageUrlOf } from '../updates-page';

export type StatementRow = Selectable<StatementsTable>;

export const readTargets = (row: Pick<StatementRow, 'targets'>): StatementTargets => StatementTargetsSchema.parse(JSON.parse(row.targets));
export const readVariants = (row: Pick<StatementRow, 'variants'>): Record<string, string> =>
  JSON.parse(row.variants) as Record<string, string>;

export async function loadStatementRow(db: Kysely<Database>, workspaceId: number, id: number): Promise<StatementRow | undefined> {
  return db.selectFrom('statements').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Approvals of the current review round. */
export async function loadDecisions(db: Kysely<Database>, statementId: number, round: number) {
  return db
    .selectFrom('statement_approvals as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.name', 'u.email', 'a.decision', 'a.comment', 'a.at'])
    .where('a.statement_id', '=', statementId)
    .where('a.round', '=', round)
    .orderBy('a.at')
    .orderBy('a.id')
    .execute();
}

async function toStatements(db: Kysely<Database>, publicUrl: string, rows: StatementRow[]): Promise<Statement[]> {
  if (rows.length === 0) return [];
  const brandIds = [...new Set(rows.map((r) => r.brand_id))];
  const brands = await db.selectFrom('brands').select(['id', 'name']).where('id', 'in', brandIds).execute();
  const userIds = [...new Set(rows.flatMap((r) => (r.author_id === null ? [] : [r.author_id])))];
  const users = userIds.length ? await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', userIds).execute() : [];
  const pages = new Map<number, string | null>();
  for (const brandId of brandIds) {
    const page = await findPageOfBrand(db, rows[0]!.workspace_id, brandId);
    pages.set(brandId, page && page.enabled === 1 ? pageUrlOf(publicUrl, page.slug) : null);
  }
  const out: Statement[] = [];
  for (const r of rows) {
    const decisions = await loadDecisions(db, r.id, r.round);
    const author = users.find((u) => u.id === r.author_id);
    const targets = readTargets(r);
    const pageUrl = pages.get(r.brand_id);
    out.push({
      id: r.id,
      brandId: r.brand_id,
      brandName: brands.find((b) => b.id === r.brand_id)?.name ?? '',
      incidentId: r.incident_id,
      language: r.language as StatementLanguage,
      title: r.title,
      body: r.body,
      templateId: r.template_id,
      templateVersion: r.template_version,
      variants: readVariants(r),
      targets,
      state: r.state as StatementState,
      requiredApprovals: r.required_approvals,
      approvals: decisions.map((d) => ({
        userId: d.user_id,
        name: d.name || d.email,
        decision: d.decision as 'approved' | 'rejected',
        comment: d.comment,
        at: d.at,
      })),
      revision: r.revision,
      scheduledAt: r.scheduled_at,
      nextUpdateAt: r.next_update_at,
      rejectionComment: r.rejection_comment,
      authorId: r.author_id,
      authorName: author ? author.name || author.email : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      pageUrl: targets.page && pageUrl ? `${pageUrl}#s${r.id}` : null,
    });
  }
  return out;
}

export async function listStatements(db: Kysely<Database>, publicUrl: string, workspaceId: number, query: StatementListQuery) {
  let q = db.selectFrom('statements').selectAll().where('workspace_id', '=', workspaceId);
  if (query.state) q = q.where('state', '=', query.state);
  if (query.incidentId) q = q.where('incident_id', '=', query.incidentId);
  if (query.brandId) q = q.where('brand_id', '=', query.brandId);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  return toStatements(db, publicUrl, rows);
}

export async function loadStatementDetail(db: Kysely<Database>, publicUrl: string, row: StatementRow): Promise<StatementDetail> {
  const [statement] = await toStatements(db, publicUrl, [row]);
  const revisions = await db
    .selectFrom('statement_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.revision', 'r.title', 'r.body', 'r.reason', 'r.created_at', 'u.name', 'u.email'])
    .where('r.statement_id', '=', row.id)
    .orderBy('r.revision', 'desc')
    .execute();
  const deliveries = await db
    .selectFrom('statement_deliveries as d')
    .leftJoin('owned_accounts as a', 'a.id', 'd.account_id')
    .select([
      'd.id',
      'd.revision',
      'd.channel',
      'd.state',
      'd.attempts',
      'd.url',
      'd.external_id',
      'd.error',
      'd.sent_at',
      'a.id as account_id',
      'a.platform',
      'a.handle',
    ])
    .where('d.statement_id', '=', row.id)
    .where('d.channel', '!=', 'email')
    .orderBy('d.revision', 'desc')
    .orderBy('d.id')
    .execute();
  const emails = await db
    .selectFrom('statement_deliveries')
    .select(['revision', 'state', db.fn.countAll<number | string>().as('n')])
    .where('statement_id', '=', row.id)
    .where('channel', '=', 'email')
    .groupBy(['revision', 'state'])
    .execute();
  const byRevision = new Map<number, { revision: number; total: number; sent: number; failed: number; pending: number }>();
  for (const e of emails) {
    const s = byRevision.get(e.revision) ?? { revision: e.revision, total: 0, sent: 0, failed: 0, pending: 0 };
    const n = Number(e.n);
    s.total += n;
    if (e.state === 'sent') s.sent += n;
    else if (e.state === 'failed' || e.state === 'cancelled') s.failed += n;
    else s.pending += n;
    byRevision.set(e.revision, s);
  }
  return {
    ...statement!,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      title: r.title,
      body: r.body,
      reason: r.reason,
      createdBy: r.name || r.email || null,
      createdAt: r.created_at,
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      revision: d.revision,
      channel: d.channel as StatementDeliveryChannel,
      account:
        d.account_id !== null && d.platform && d.handle
          ? { id: d.account_id, platform: d.platform as ChannelPlatform, handle: d.handle }
          : null,
      state: d.state as StatementDetail['deliveries'][number]['state'],
      attempts: d.attempts,
      url: d.url,
      externalId: d.external_id,
      error: d.error,
      sentAt: d.sent_at,
    })),
    emails: [...byRevision.values()].sort((a, b) => b.revision - a.revision),
  };
}
