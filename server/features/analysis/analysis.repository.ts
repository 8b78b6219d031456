import { type Kysely, sql } from 'kysely';
import type { CrisisCategory, Sentiment } from '../../../core/analysis';
import type { Database } from '../../db/schema';
import { type MentionAnalysis, analysisColumns, categoryRows } from '../../pipeline';

export interface WorkspaceAnalysisRow {
  categoryRules: string | null;
  sentimentAdjustment: string | null;
  revision: number;
}

/** The columns of a mention that a correction or a re-analysis reads. */
export interface MentionAnalysisState {
  id: number;
  workspace_id: number;
  text: string;
  language: string | null;
  created_at: number;
  sentiment: string | null;
  sentiment_source: string | null;
  categories: string | null;
  categories_corrected: number | null;
}

const STATE_COLUMNS = [
  'id',
  'workspace_id',
  'text',
  'language',
  'created_at',
  'sentiment',
  'sentiment_source',
  'categories',
  'categories_corrected',
] as const;

export function createAnalysisRepository(db: Kysely<Database>) {
  return {
    async workspaceSettings(workspaceId: number): Promise<WorkspaceAnalysisRow> {
      const row = await db
        .selectFrom('workspace_analysis')
        .select(['category_rules', 'sentiment_adjustment', 'revision'])
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return {
        categoryRules: row?.category_rules ?? null,
        sentimentAdjustment: row?.sentiment_adjustment ?? null,
        revision: row?.revision ?? 0,
      };
    },

    /** Changes the workspace's rules or adjustment and bumps its revision, so every process reloads. */
    async saveWorkspaceSettings(
      trx: Kysely<Database>,
      workspaceId: number,
      patch: { categoryRules?: string | null; sentimentAdjustment?: string | null },
      at: number,
    ): Promise<void> {
      await trx
        .insertInto('workspace_analysis')
        .values({
          workspace_id: workspaceId,
          category_rules: patch.categoryRules ?? null,
          sentiment_adjustment: patch.sentimentAdjustment ?? null,
          revision: 1,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.column('workspace_id').doUpdateSet({
            ...(patch.categoryRules !== undefined ? { category_rules: patch.categoryRules } : {}),
            ...(patch.sentimentAdjustment !== undefined ? { sentiment_adjustment: patch.sentimentAdjustment } : {}),
            revision: sql`workspace_analysis.revision + 1`,
            updated_at: at,
          }),
        )
        .execute();
    },

    async mentionState(workspaceId: number, mentionId: number): Promise<MentionAnalysisState | undefined> {
      return await db
        .selectFrom('mentions')
        .select(STATE_COLUMNS)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', mentionId)
        .executeTakeFirst();
    },

    /** Mentions in id order after `afterId` whose analysis is missing or not `version` (all of them when `version` is null). */
    async staleMentions(workspaceId: number, version: string | null, afterId: number, limit: number): Promise<MentionAnalysisState[]> {
      let q = db.selectFrom('mentions').select(STATE_COLUMNS).where('workspace_id', '=', workspaceId).where('id', '>', afterId);
      if (version !== null) q = q.where((eb) => eb.or([eb('analysis_version', 'is', null), eb('analysis_version', '!=', version)]));
      return await q.orderBy('id').limit(limit).execute();
    },

    async countStale(workspaceId: number, version: string | null): Promise<number> {
      let q = db
        .selectFrom('mentions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId);
      if (version !== null) q = q.where((eb) => eb.or([eb('analysis_version', 'is', null), eb('analysis_version', '!=', version)]));
      return Number((await q.executeTakeFirst())?.n ?? 0);
    },

    /** Writes a fresh analysis over a stored mention and its category index rows. */
    async writeAnalysis(trx: Kysely<Database>, mention: MentionAnalysisState, analysis: MentionAnalysis): Promise<void> {
      const columns = analysisColumns(analysis);
      await trx
        .updateTable('mentions')
        .set({ ...columns, language: mention.language ?? analysis.language })
        .where('id', '=', mention.id)
        .execute();
      await replaceCategories(trx, mention, analysis.categories);
    },

    async setCorrectedSentiment(trx: Kysely<Database>, mentionId: number, sentiment: Sentiment): Promise<void> {
      await trx.updateTable('mentions').set({ sentiment, sentiment_source: 'corrected' }).where('id', '=', mentionId).execute();
    },

    async setCorrectedCategories(trx: Kysely<Database>, mention: MentionAnalysisState, categories: CrisisCategory[]): Promise<void> {
      await trx
        .updateTable('mentions')
        .set({ categories: JSON.stringify(categories), categories_corrected: 1 })
        .where('id', '=', mention.id)
        .execute();
      await replaceCategories(trx, mention, categories);
    },

    async insertCorrection(
      trx: Kysely<Database>,
      row: {
        workspaceId: number;
        mentionId: number;
        field: 'sentiment' | 'categories';
        predicted: string;
        corrected: string;
        text: string;
        userId: number | null;
        at: number;
      },
    ): Promise<void> {
      await trx
        .insertInto('analysis_corrections')
        .values({
          workspace_id: row.workspaceId,
          mention_id: row.mentionId,
          field: row.field,
          predicted: row.predicted,
          corrected: row.corrected,
          text: row.text,
          user_id: row.userId,
          created_at: row.at,
        })
        .execute();
    },

    /** The newest sentiment corrections, one per mention (the latest wins), for fitting the adjustment. */
    async sentimentExamples(trx: Kysely<Database>, workspaceId: number, limit: number): Promise<{ text: string; label: Sentiment }[]> {
      const rows = await trx
        .selectFrom('analysis_corrections')
        .select(['mention_id', 'text', 'corrected'])
        .where('workspace_id', '=', workspaceId)
        .where('field', '=', 'sentiment')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      const seen = new Set<number>();
      const examples: { text: string; label: Sentiment }[] = [];
      for (const r of rows) {
        if (seen.has(r.mention_id)) continue;
        seen.add(r.mention_id);
        examples.push({ text: r.text, label: r.corrected as Sentiment });
      }
      return examples.reverse();
    },

    async corrections(workspaceId: number, field: 'sentiment' | 'categories') {
      return await db
        .selectFrom('analysis_corrections')
        .select(['id', 'mention_id', 'predicted', 'corrected', 'text', 'created_at'])
        .where('workspace_id', '=', workspaceId)
        .where('field', '=', field)
        .orderBy('id', 'desc')
        .execute();
    },
  };
}

async function replaceCategories(
  trx: Kysely<Database>,
  mention: MentionAnalysisState,
  categories: readonly CrisisCategory[],
): Promise<void> {
  await trx.deleteFrom('mention_categories').where('mention_id', '=', mention.id).execute();
  const rows = categoryRows(mention.workspace_id, mention.id, mention.created_at, categories);
  if (rows.length > 0) await trx.insertInto('mention_categories').values(rows).execute();
}

export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;
