import type { Kysely } from 'kysely';
import type { StatementLanguage } from '../../../core/statements';
import type { Database } from '../../db/schema';
import type { PageStatementView } from './page-render';

export interface PageRow {
  id: number;
  workspace_id: number;
  brand_id: number;
  slug: string;
  title: string;
  language: string;
  enabled: number;
  brand_name: string;
}

export function pageUrlOf(publicUrl: string, slug: string): string {
  return `${publicUrl}/updates/${slug}`;
}

function selectPages(db: Kysely<Database>) {
  return db
    .selectFrom('update_pages as p')
    .innerJoin('brands as b', 'b.id', 'p.brand_id')
    .select(['p.id', 'p.workspace_id', 'p.brand_id', 'p.slug', 'p.title', 'p.language', 'p.enabled', 'b.name as brand_name']);
}

export async function findPageBySlug(db: Kysely<Database>, slug: string): Promise<PageRow | undefined> {
  return selectPages(db).where('p.slug', '=', slug).executeTakeFirst();
}

/** The brand's public page, enabled or not (a statement aimed at a page that is off is refused). */
export async function findPageOfBrand(db: Kysely<Database>, workspaceId: number, brandId: number): Promise<PageRow | undefined> {
  return selectPages(db).where('p.workspace_id', '=', workspaceId).where('p.brand_id', '=', brandId).executeTakeFirst();
}

export async function listPageRows(db: Kysely<Database>, workspaceId: number): Promise<PageRow[]> {
  return selectPages(db).where('p.workspace_id', '=', workspaceId).orderBy('b.name').execute();
}

/** Confirmed and still subscribed: who gets each statement by e-mail. */
export async function listConfirmedSubscribers(db: Kysely<Database>, pageId: number): Promise<{ id: number; email: string }[]> {
  return db
    .selectFrom('update_subscribers')
    .select(['id', 'email'])
    .where('page_id', '=', pageId)
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function countConfirmedSubscribers(db: Kysely<Database>, pageIds: readonly number[]): Promise<Map<number, number>> {
  if (pageIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('update_subscribers')
    .select(['page_id', db.fn.countAll<number | string>().as('n')])
    .where('page_id', 'in', [...pageIds])
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .groupBy('page_id')
    .execute();
  return new Map(rows.map((r) => [r.page_id, Number(r.n)]));
}

/** What the page shows: revisions that reached the page (their page delivery is sent), newest statement first. */
export async function loadPageStatements(
  db: Kysely<Database>,
  page: PageRow,
  limit = 100,
): Promise<{ statements: PageStatementView[]; nextUpdateAt: number | null }> {
  const shown = await db
    .selectFrom('statement_deliveries as d')
    .innerJoin('statements as s', 's.id', 'd.statement_id')
    .innerJoin('statement_revisions as r', (j) => j.onRef('r.statement_id', '=', 'd.statement_id').onRef('r.revision', '=', 'd.revision'))
    .select(['s.id', 's.language', 's.next_update_at', 'r.revision', 'r.title', 'r.body', 'r.reason', 'd.sent_at'])
    .where('s.workspace_id', '=', page.workspace_id)
    .where('s.brand_id', '=', page.brand_id)
    .where('d.channel', '=', 'page')
    .where('d.state', '=', 'sent')
    .orderBy('d.sent_at', 'desc')
    .orderBy('r.revision', 'desc')
    .limit(limit * 5)
    .execute();
  const byStatement = new Map<number, typeof shown>();
  for (const row of shown) byStatement.set(row.id, [...(byStatement.get(row.id) ?? []), row]);
  const statements: PageStatementView[] = [];
  let nextUpdateAt: number | null = null;
  for (const [id, rows] of byStatement) {
    const sorted = [...rows].sort((a, b) => b.revision - a.revision);
    const views = sorted.map((r) => ({ revision: r.revision, title: r.title, body: r.body, reason: r.reason, at: r.sent_at ?? 0 }));
    statements.push({
      id,
      language: sorted[0]!.language as StatementLanguage,
      current: views[0]!,
      earlier: views.slice(1),
      publishedAt: Math.min(...views.map((v) => v.at)),
    });
  }
  statements.sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id);
  const newest = statements[0];
  if (newest) nextUpdateAt = byStatement.get(newest.id)![0]!.next_update_at;
  return { statements: statements.slice(0, limit), nextUpdateAt };
}
