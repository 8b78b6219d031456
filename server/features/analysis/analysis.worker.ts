import { parentPort } from 'node:worker_threads';
import type { TextAnalyzer } from '../../../core/analysis';
import { loadAnalysisResources } from './model-file';
import type { PoolRequest, PoolResponse } from './analysis-pool';
import { analyzeItems, buildWorkspaceAnalyzer } from './workspace-analyzer';

/** Analysers by workspace settings key; few workspaces are active at once, so a small cache is enough. */
const CACHE_LIMIT = 64;
const { sentimentModel } = loadAnalysisResources();
const analyzers = new Map<string, TextAnalyzer>();

function analyzerFor(request: PoolRequest): TextAnalyzer {
  let analyzer = analyzers.get(request.settingsKey);
  if (!analyzer) {
    if (analyzers.size >= CACHE_LIMIT) analyzers.clear();
    analyzer = buildWorkspaceAnalyzer(sentimentModel, request.settings);
    analyzers.set(request.settingsKey, analyzer);
  }
  return analyzer;
}

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = { id: request.id, results: analyzeItems(analyzerFor(request), request.items) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
