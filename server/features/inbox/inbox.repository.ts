import { OPEN_INCIDENT_STATES } from '../../../core/incidents';
import type { Kysely } from 'kysely';
import type { CrisisCategory, Sentiment } from '../../../core/analysis/analysis.types';
import { DEFAULT_INBOX_SETTINGS, type InboxSettingsValue } from '../../../core/messaging';
import type { Database } from '../../db/schema';

export async function loadInboxSettings(db: Kysely<Database>, workspaceId: number): Promise<InboxSettingsValue> {
  const row = await db.selectFrom('inbox_settings').select('settings').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row ? { ...DEFAULT_INBOX_SETTINGS, ...(JSON.parse(row.settings) as Partial<InboxSettingsValue>) } : DEFAULT_INBOX_SETTINGS;
}

/** Lower-case owned handles of the workspace, without `@`. */
export async function loadOwnedHandles(db: Kysely<Database>, workspaceId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('owned_accounts').select('handle').where('workspace_id', '=', workspaceId).execute();
  return new Set(rows.map((r) => r.handle.replace(/^@/, '').toLowerCase()));
}

/**
 * Open incidents of the workspace: brand id → the newest open incident's id; an incident without a
 * brand covers every brand (key null).
 */
export async function loadOpenIncidents(db: Kysely<Database>, workspaceId: number): Promise<Map<number | null, number>> {
  const rows = await db
    .selectFrom('incidents')
    .select(['id', 'brand_id'])
    .where('workspace_id', '=', workspaceId)
    .where('state', 'in', OPEN_INCIDENT_STATES)
    .orderBy('id')
    .execute();
  const open = new Map<number | null, number>();
  for (const r of rows) open.set(r.brand_id, r.id);
  return open;
}

/** The open incident a brand's mentions belong to now, if any. */
export function incidentOf(open: ReadonlyMap<number | null, number>, brandId: number | null): number | null {
  return (brandId !== null ? open.get(brandId) : undefined) ?? open.get(null) ?? null;
}

export function selectItemRows(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('inbox_items as i')
    .innerJoin('mentions as m', 'm.id', 'i.mention_id')
    .leftJoin('authors as au', 'au.id', 'm.author_id')
    .leftJoin('brands as b', 'b.id', 'i.brand_id')
    .leftJoin('users as u', 'u.id', 'i.assignee_id')
    .select([
      'i.id',
      'i.status',
      'i.reasons',
      'i.priority',
      'i.brand_id',
      'b.name as brand_name',
      'i.assignee_id',
      'u.name as assignee_name',
      'i.due_at',
      'i.first_response_at',
      'i.created_at',
      'm.id as mention_id',
      'm.platform',
      'm.external_id',
      'm.url',
      'm.author_handle',
      'au.followers as author_followers',
      'm.text',
      'm.language',
      'm.sentiment',
      'm.sentiment_negative',
      'm.categories',
      'm.reach',
      'm.likes',
      'm.comments',
      'm.shares',
      'm.created_at as mention_created_at',
    ])
    .where('i.workspace_id', '=', workspaceId);
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItemRows>['execute']>>[number];

export function readCategories(json: string | null): CrisisCategory[] {
  return json ? (JSON.parse(json) as CrisisCategory[]) : [];
}

export function readSentiment(value: string | null): Sentiment | null {
  return value === 'negative' || value === 'neutral' || value === 'positive' ? value : null;
}
