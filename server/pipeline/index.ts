export { createIngestPipeline, type IngestPipeline } from './ingest';
export { normaliseHandle } from './normalise';
export type { BatchResult, IncomingRow, IngestHooks, PipelineMention, StoredMention } from './pipeline.types';
