export { type BatchPreparer, createIngestPipeline, type IngestPipeline } from './ingest';
export { normaliseHandle } from './normalise';
export type {
  BatchContext,
  BatchResult,
  EngagementUpdate,
  IncomingRow,
  IngestHooks,
  MentionAnalysis,
  PipelineMention,
  StoredMention,
} from './pipeline.types';
export { analysisColumns, categoryRows } from './analysis-columns';
export { type CompiledQuery, type WatchQuerySource, createQueryCompiler } from './match';
export { type AnalyseText, type PreparedBatch, joinPreparedBatches, prepareRows } from './prepare';
export { type ColumnMap, applyColumnMap, parseColumnMap, resolveColumns } from './column-map';
export { type BatchInput, type JsonLinesBatch, type RowMapping, type SourceLine, sizeOfBatch, sliceBatch } from './decode-lines';
