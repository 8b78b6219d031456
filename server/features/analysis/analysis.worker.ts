import { parentPort } from 'node:worker_threads';
import { loadAnalysisResources } from './model-file';
import type { PoolRequest, PoolResponse } from './analysis-pool';
import { createWorkerTasks } from './worker-tasks';

const run = createWorkerTasks(loadAnalysisResources().sentimentModel);

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = { id: request.id, results: run(request) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
