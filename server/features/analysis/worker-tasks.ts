import type { SentimentModel, TextAnalyzer } from '../../../core/analysis';
import { createQueryCompiler, prepareRows } from '../../pipeline';
import type { PoolRequest } from './analysis-pool';
import { analyzeItems, buildWorkspaceAnalyzer, toMentionAnalysis, withRepeatCache } from './workspace-analyzer';

/** Analysers by workspace settings key; few workspaces are active at once, so a small cache is enough. */
const CACHE_LIMIT = 64;

/** What an analysis worker does with a request; kept apart from the thread wiring so tests can run it directly. */
export function createWorkerTasks(sentimentModel: SentimentModel) {
  const analyzers = new Map<string, TextAnalyzer>();
  const compileQueries = createQueryCompiler();

  function analyzerFor(request: PoolRequest): TextAnalyzer {
    let analyzer = analyzers.get(request.settingsKey);
    if (!analyzer) {
      if (analyzers.size >= CACHE_LIMIT) analyzers.clear();
      analyzer = withRepeatCache(buildWorkspaceAnalyzer(sentimentModel, request.settings));
      analyzers.set(request.settingsKey, analyzer);
    }
    return analyzer;
  }

  return (request: PoolRequest): unknown => {
    const analyzer = analyzerFor(request);
    if (request.kind === 'analyze') return analyzeItems(analyzer, request.items);
    const { version, queries } = request.prepare;
    return prepareRows(request.input, compileQueries(queries), (text, language) =>
      toMentionAnalysis(version, analyzer.analyze(text, { language })),
    );
  };
}
