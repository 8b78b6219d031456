import {
  type AnalyzedText,
  type CategoryRules,
  CategoryRulesError,
  type CrisisCategory,
  DEFAULT_CATEGORY_RULES,
  type Sentiment,
  type SentimentModel,
  type TextAnalyzer,
  fitSentimentAdjustment,
  normaliseText,
  parseCategoryRules,
  storeSentimentAdjustment,
} from '../../../core/analysis';
import type { MentionCorrectionRequest } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import {
  type BatchInput,
  type BatchPreparer,
  type MentionAnalysis,
  type WatchQuerySource,
  createQueryCompiler,
  joinPreparedBatches,
  prepareRows,
} from '../../pipeline';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { summariseCorrections } from './accuracy';
import type { AnalysisPool } from './analysis-pool';
import { type MentionAnalysisState, createAnalysisRepository } from './analysis.repository';
import {
  type AnalysisItem,
  type WorkspaceAnalysisSettings,
  buildWorkspaceAnalyzer,
  rulesOf,
  toMentionAnalysis,
} from './workspace-analyzer';

/** How many of a workspace's latest corrections its sentiment adjustment learns from. */
const ADJUSTMENT_EXAMPLES = 2000;

export interface AnalysisResources {
  sentimentModel: SentimentModel;
}

interface WorkspaceAnalyzer {
  revision: number;
  version: string;
  /** Names these settings for the worker pool's cache. */
  settingsKey: string;
  settings: WorkspaceAnalysisSettings;
  analyzer: TextAnalyzer;
  rules: CategoryRules;
  customRules: boolean;
}

/** Rules from a request, or a validation error naming each bad field; nothing is saved then. */
function validRules(input: unknown): CategoryRules {
  try {
    return parseCategoryRules(input);
  } catch (error) {
    if (!(error instanceof CategoryRulesError)) throw error;
    throw AppError.validation(
      error.issues.map((issue) => {
        const [path = '', ...message] = issue.split(': ');
        return { path: `rules.${path}`, message: message.join(': ') };
      }),
    );
  }
}

/**
 * `loadResources` is called on first use, so commands that never analyse (migrate, user create) do not
 * pay for reading the model; `pool`, when given, analyses ingested batches in worker threads.
 */
export function createAnalysisService(deps: ServiceDeps, loadResources: () => AnalysisResources, pool: AnalysisPool | null = null) {
  const { db, clock } = deps;
  const repository = createAnalysisRepository(db);
  const analyzers = new Map<number, WorkspaceAnalyzer>();
  let loaded: AnalysisResources | null = null;
  const model = () => (loaded ??= loadResources()).sentimentModel;

  /** The workspace's analyzer: the shipped model with its rules and adjustment, rebuilt when they change. */
  async function analyzerFor(workspaceId: number): Promise<WorkspaceAnalyzer> {
    const settings = await repository.workspaceSettings(workspaceId);
    const cached = analyzers.get(workspaceId);
    if (cached && cached.revision === settings.revision) return cached;
    const stored = { categoryRules: settings.categoryRules, sentimentAdjustment: settings.sentimentAdjustment };
    const built: WorkspaceAnalyzer = {
      revision: settings.revision,
      version: settings.revision === 0 ? model().version : `${model().version}+w${settings.revision}`,
      settingsKey: `${workspaceId}:${settings.revision}`,
      settings: stored,
      analyzer: buildWorkspaceAnalyzer(model(), stored),
      rules: rulesOf(stored),
      customRules: settings.categoryRules !== null,
    };
    analyzers.set(workspaceId, built);
    return built;
  }

  const compileQueries = createQueryCompiler();

  function analyseWith(current: WorkspaceAnalyzer, text: string, language: string | null | undefined): MentionAnalysis {
    return toMentionAnalysis(current.version, current.analyzer.analyze(text, { language: language ?? null }));
  }

  /** Texts analysed in the worker pool when there is one (the main thread keeps storing), else here. */
  async function analyseAll(current: WorkspaceAnalyzer, items: readonly AnalysisItem[]): Promise<MentionAnalysis[]> {
    if (!pool) return items.map((item) => analyseWith(current, item.text, item.language));
    const results = await pool.analyze(current.settingsKey, current.settings, items);
    if (results.length !== items.length) throw new Error(`the analysis pool answered ${results.length} of ${items.length} texts`);
    return results.map((result: AnalyzedText) => toMentionAnalysis(current.version, result));
  }

  /** A re-analysis keeps what people said: a corrected sentiment or corrected categories stay. */
  function keepCorrections(state: MentionAnalysisState, analysis: MentionAnalysis): MentionAnalysis {
    const kept = { ...analysis };
    if (state.sentiment_source === 'corrected' && state.sentiment) {
      kept.sentiment = state.sentiment as Sentiment;
      kept.sentimentSource = 'corrected';
    }
    if (state.categories_corrected === 1 && state.categories) kept.categories = JSON.parse(state.categories) as CrisisCategory[];
    return kept;
  }

  async function refitAdjustment(trx: typeof db, workspaceId: number): Promise<void> {
    const examples = await repository.sentimentExamples(trx, workspaceId, ADJUSTMENT_EXAMPLES);
    const adjustment = fitSentimentAdjustment(
      model(),
      examples.map((e) => ({ normalised: normaliseText(e.text), label: e.label })),
    );
    await repository.saveWorkspaceSettings(
      trx,
      workspaceId,
      { sentimentAdjustment: JSON.stringify(storeSentimentAdjustment(adjustment)) },
      clock.now(),
    );
  }

  return {
    analyzerFor,

    /**
     * The ingest path's per-row work with every mention analysed by its workspace's analyzer: in the
     * worker pool when there is one, so the main thread only stores.
     */
    preparer(): BatchPreparer {
      return {
        async prepare(workspaceId: number, input: BatchInput, queries: readonly WatchQuerySource[]) {
          const current = await analyzerFor(workspaceId);
          if (!pool) return prepareRows(input, compileQueries(queries), (text, language) => analyseWith(current, text, language));
          const parts = await pool.prepare(current.settingsKey, current.settings, input, { version: current.version, queries });
          return joinPreparedBatches(parts);
        },
      };
    },

    async previewText(workspaceId: number, text: string) {
      return analyseWith(await analyzerFor(workspaceId), text, null);
    },

    /** Relabels a mention, records and audits the correction, and refits the workspace's adjustment. */
    async correctMention(workspaceId: number, mentionId: number, request: MentionCorrectionRequest, actor: Actor) {
      const state = await repository.mentionState(workspaceId, mentionId);
      if (!state) throw AppError.notFound('Mention');
      if (state.sentiment === null) throw new AppError('conflict', 'This mention has not been analysed yet; run `siaga reanalyze` first');
      const at = clock.now();
      await db.transaction().execute(async (trx) => {
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        if (request.sentiment) {
          const base = { workspaceId, mentionId, text: state.text, userId: actor.userId, at };
          await repository.insertCorrection(trx, {
            ...base,
            field: 'sentiment',
            predicted: state.sentiment ?? '',
            corrected: request.sentiment,
          });
          await repository.setCorrectedSentiment(trx, mentionId, request.sentiment);
          await refitAdjustment(trx, workspaceId);
          changes.sentiment = { from: state.sentiment, to: request.sentiment };
        }
        if (request.categories) {
          const categories = [...new Set(request.categories)];
          const predicted = state.categories ?? '["other"]';
          await repository.insertCorrection(trx, {
            workspaceId,
            mentionId,
            field: 'categories',
            predicted,
            corrected: JSON.stringify(categories),
            text: state.text,
            userId: actor.userId,
            at,
          });
          await repository.setCorrectedCategories(trx, state, categories);
          changes.categories = { from: JSON.parse(predicted) as unknown, to: categories };
        }
        await recordAudit(trx, actor, at, {
          workspaceId,
          action: 'mention.analysis_corrected',
          targetType: 'mention',
          targetId: mentionId,
          details: changes,
        });
      });
    },

    /** How often the analysis agreed with the people who reviewed it, and how the adapted model does on the same texts now. */
    async accuracy(workspaceId: number) {
      const current = await analyzerFor(workspaceId);
      const [sentiment, categories] = await Promise.all([
        repository.corrections(workspaceId, 'sentiment'),
        repository.corrections(workspaceId, 'categories'),
      ]);
      return summariseCorrections({ sentiment, categories }, (text) => analyseWith(current, text, null));
    },

    /** Stops the analysis workers, if any. */
    close: () => pool?.close() ?? Promise.resolve(),

    async categoryRules(workspaceId: number) {
      const current = await analyzerFor(workspaceId);
      return { rules: current.rules, custom: current.customRules, defaults: DEFAULT_CATEGORY_RULES };
    },

    /** Replaces the workspace's category rules (null restores the shipped ones); bad rules change nothing. */
    async updateCategoryRules(workspaceId: number, input: unknown, actor: Actor) {
      const rules = input === null ? null : validRules(input);
      const at = clock.now();
      await db.transaction().execute(async (trx) => {
        await repository.saveWorkspaceSettings(trx, workspaceId, { categoryRules: rules ? JSON.stringify(rules) : null }, at);
        await recordAudit(trx, actor, at, {
          workspaceId,
          action: rules ? 'analysis.category_rules_updated' : 'analysis.category_rules_reset',
          details: rules ? { categories: rules.categories.length } : undefined,
        });
      });
      return this.categoryRules(workspaceId);
    },

    /**
     * Brings stored mentions up to the workspace's current analysis (all of them with `all`),
     * in batches, keeping corrections. Reports progress after each batch.
     */
    async reanalyzeWorkspace(
      workspaceId: number,
      options: { all?: boolean; batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
    ) {
      const current = await analyzerFor(workspaceId);
      const version = options.all ? null : current.version;
      const total = await repository.countStale(workspaceId, version);
      const batchSize = options.batchSize ?? 1000;
      let done = 0;
      options.onProgress?.(0, total);
      const analyse = (batch: MentionAnalysisState[]) =>
        analyseAll(
          current,
          batch.map((state) => ({ text: state.text, language: state.language })),
        );
      // The next batch is analysed (in the worker pool) while this one is written.
      let batch = await repository.staleMentions(workspaceId, version, 0, batchSize);
      let analysing = batch.length > 0 ? analyse(batch) : null;
      while (analysing && batch.length > 0) {
        const results = await analysing;
        const next = await repository.staleMentions(workspaceId, version, batch[batch.length - 1]!.id, batchSize);
        analysing = next.length > 0 ? analyse(next) : null;
        // Handled when awaited above; this keeps a failure during the write from counting as unhandled meanwhile.
        analysing?.catch(() => undefined);
        const written = batch;
        await db.transaction().execute(async (trx) => {
          for (const [i, state] of written.entries()) await repository.writeAnalysis(trx, state, keepCorrections(state, results[i]!));
        });
        done += batch.length;
        options.onProgress?.(done, Math.max(total, done));
        batch = next;
      }
      return { updated: done, version: current.version };
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
