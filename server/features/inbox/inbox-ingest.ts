import type { Kysely } from 'kysely';
import { type InboxSettingsValue, classifyPriority, evaluateInboxRules, rulesForBrand, targetMinutes } from '../../../core/messaging';
import type { CrisisCategory, Sentiment } from '../../../core/analysis/analysis.types';
import { chunks } from '../../db/chunks';
import { insertRowsOnSqlite } from '../../db/sqlite-session';
import type { Database, InboxItemsTable } from '../../db/schema';
import type { Insertable } from 'kysely';
import { incidentOf, loadInboxSettings, loadOpenIncidents, loadOwnedHandles } from './inbox.repository';

const MINUTE = 60_000;
/** Eleven columns a row: well under SQLite's 32 766 bound parameters. */
const INSERT_CHUNK = 500;

/** A mention as the rules read it, from the ingest path or from the store. */
export interface InboxCandidateMention {
  id: number;
  text: string;
  createdAt: number;
  sentiment: Sentiment | null;
  negativeProbability: number;
  categories: readonly CrisisCategory[];
  reach: number;
  /** Matched brands, lowest id first; empty for a mention of no brand. */
  brandIds: readonly number[];
}

/** The context the rules need for a batch: three small reads per batch, never one per mention. */
export async function loadRuleContext(db: Kysely<Database>, workspaceId: number) {
  const settings = await loadInboxSettings(db, workspaceId);
  const needsHandles = settings.rules.ownedThread || settings.brandRules.some((b) => b.rules.ownedThread);
  const ownedHandles = needsHandles ? await loadOwnedHandles(db, workspaceId) : new Set<string>();
  const incidents = await loadOpenIncidents(db, workspaceId);
  return { settings, ownedHandles, incidents };
}

/** The items the rules make of these mentions (pure given the context). */
export function itemsFor(
  workspaceId: number,
  mentions: readonly InboxCandidateMention[],
  context: { settings: InboxSettingsValue; ownedHandles: ReadonlySet<string>; incidents: ReadonlyMap<number | null, number> },
  now: number,
): Insertable<InboxItemsTable>[] {
  const rows: Insertable<InboxItemsTable>[] = [];
  for (const m of mentions) {
    const brands = m.brandIds.length > 0 ? m.brandIds : [null];
    for (const brandId of brands) {
      const reasons = evaluateInboxRules(m, rulesForBrand(context.settings, brandId), context.ownedHandles);
      if (reasons.length === 0) continue;
      const priority = classifyPriority({
        negativeProbability: m.negativeProbability,
        sentiment: m.sentiment,
        reach: m.reach,
        incident: incidentOf(context.incidents, brandId) !== null,
      });
      rows.push({
        workspace_id: workspaceId,
        mention_id: m.id,
        brand_id: brandId,
        reasons: JSON.stringify(reasons),
        priority,
        status: 'open',
        assignee_id: null,
        // The clock starts when the mention was posted: the person waiting has waited since then.
        due_at: m.createdAt + targetMinutes(context.settings.targets, priority) * MINUTE,
        first_response_at: null,
        created_at: now,
        updated_at: now,
      });
      break;
    }
  }
  return rows;
}

/**
 * Inserts items, on SQLite through one prepared statement in one transaction, elsewhere one multi-row statement
 * per 500; a mention that already has one keeps it. Answers the new ids.
 */
export async function insertItems(db: Kysely<Database>, rows: readonly Insertable<InboxItemsTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const onSqlite = await insertRowsOnSqlite(db, 'inbox_items', rows, ['workspace_id', 'mention_id']);
  if (onSqlite) return onSqlite;
  const ids: number[] = [];
  for (const slice of chunks(rows, INSERT_CHUNK)) {
    const inserted = await db
      .insertInto('inbox_items')
      .values(slice)
      .onConflict((oc) => oc.columns(['workspace_id', 'mention_id']).doNothing())
      .returning('id')
      .execute();
    for (const r of inserted) ids.push(Number(r.id));
  }
  return ids;
}
