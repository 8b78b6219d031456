export { type AnalysisResources, type AnalysisService, createAnalysisService } from './analysis.service';
export { analysisRoutes } from './analysis.routes';
export { loadAnalysisResources } from './model-file';
export { type AnalysisPool, createAnalysisPool } from './analysis-pool';
