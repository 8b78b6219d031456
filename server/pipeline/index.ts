export { createIngestPipeline, type IngestPipeline } from './ingest';
export { normaliseHandle } from './normalise';
export type {
  BatchResult,
  EngagementUpdate,
  IncomingRow,
  IngestHooks,
  MentionAnalysis,
  PipelineMention,
  StoredMention,
} from './pipeline.types';
export { analysisColumns, categoryRows } from './analysis-columns';
