import fs from 'node:fs';
import path from 'node:path';
import type { IngestSummary, MentionRecord } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import {
  type BatchContext,
  type BatchResult,
  type ColumnMap,
  type IncomingRow,
  type IngestPipeline,
  type RowMapping,
  applyColumnMap,
  resolveColumns,
} from '../../pipeline';
import { SYSTEM_ACTOR } from '../../security/actor';
import { recordAudit } from '../audit';
import { type ImportFormat, detectDelimiter, readCsv, readJsonLineBatches } from './readers';

/** Mentions per transaction: larger batches amortise SQLite's commit and full-text index flush. */
export const DEFAULT_IMPORT_BATCH = 5000;

export interface ImportOptions {
  workspaceId: number;
  file: string;
  format: ImportFormat;
  columns?: ColumnMap;
  /** Values for rows that lack the field, such as `platform` for a one-platform export. */
  defaults?: Partial<Record<keyof MentionRecord, string>>;
  batchSize?: number;
  delimiter?: string;
  onProgress?: (progress: { bytesRead: number; totalBytes: number; summary: IngestSummary }) => void;
}

const MAX_BATCHES_IN_FLIGHT = 3;
/** A file holds history: mentions of any age in any order (see BatchContext). */
const HISTORY: BatchContext = { history: true };
const CSV_READ_BYTES = 4 << 20;

/**
 * Streams a JSON Lines or CSV file through the ingest path in batches. Each batch is committed on
 * its own, so a stopped import keeps what it stored and a re-run skips it as duplicates.
 */
export function createImportService(deps: ServiceDeps, pipeline: IngestPipeline) {
  return {
    async importFile(options: ImportOptions): Promise<IngestSummary> {
      const totalBytes = fs.statSync(options.file).size;
      const summary: IngestSummary = { received: 0, imported: 0, duplicates: 0, engagementUpdated: 0, rejected: [] };
      const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
      const mapping: RowMapping = { columns: options.columns ?? {}, defaults: options.defaults ?? {} };

      // Three batches in flight: the next ones are read and prepared (parsed, validated, matched and analysed, in
      // worker threads when there are some) while the first is stored. The pipeline stores them, and runs their
      // hooks, in the order they were sent; each is idempotent on its own.
      const inFlight: Promise<void>[] = [];
      const ingest = async (batch: Promise<BatchResult>, bytesRead: number) => {
        const result = await batch;
        summary.received += result.received;
        summary.imported += result.imported;
        summary.duplicates += result.duplicates;
        summary.engagementUpdated += result.engagementUpdated;
        summary.rejected.push(...result.rejected);
        options.onProgress?.({ bytesRead, totalBytes, summary });
      };
      /** `bytesRead`: how far into the file the reader was when the batch was sent. */
      const send = async (batch: Promise<BatchResult>, bytesRead: number) => {
        const job = ingest(batch, bytesRead);
        // Handled when awaited below; this keeps a second batch's failure from counting as unhandled meanwhile.
        job.catch(() => undefined);
        inFlight.push(job);
        if (inFlight.length >= MAX_BATCHES_IN_FLIGHT) await inFlight.shift();
      };

      try {
        if (options.format === 'csv') {
          // Big reads: the stream gets a turn between stored batches, and one read should make a whole batch.
          const input = fs.createReadStream(options.file, { highWaterMark: CSV_READ_BYTES });
          try {
            await readCsvRows(readCsv(input, options.delimiter ?? detectDelimiter(options.file)), mapping, batchSize, summary, (rows) =>
              send(pipeline.ingestBatch(options.workspaceId, rows, HISTORY), input.bytesRead),
            );
          } finally {
            input.destroy();
          }
        } else {
          // Lines go to the pipeline unparsed: parsing and mapping them is per-row work its workers do.
          for (const { lines, bytesRead } of readJsonLineBatches(options.file, batchSize)) {
            await send(pipeline.ingestJsonLines(options.workspaceId, { lines, mapping }, HISTORY), bytesRead);
          }
        }
        await Promise.all(inFlight.splice(0));
      } catch (error) {
        // Let the batches already sent finish before reporting, so nothing is written after the error is seen,
        // and let the detectors learn from those that were stored.
        await Promise.allSettled(inFlight);
        await pipeline.finishHistory(options.workspaceId).catch(() => undefined);
        throw error;
      }
      await pipeline.finishHistory(options.workspaceId);
      summary.rejected.sort((a, b) => a.line - b.line);
      await recordAudit(deps.db, SYSTEM_ACTOR, deps.clock.now(), {
        workspaceId: options.workspaceId,
        action: 'mentions.imported',
        details: {
          file: path.basename(options.file),
          received: summary.received,
          imported: summary.imported,
          duplicates: summary.duplicates,
          engagementUpdated: summary.engagementUpdated,
          rejected: summary.rejected.length,
        },
      });
      return summary;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;

/** CSV records mapped onto mention fields on this thread (csv-parse reads them here), in batches. */
async function readCsvRows(
  records: AsyncIterable<{ line: number; row: Record<string, unknown> } | { line: number; error: string }>,
  mapping: RowMapping,
  batchSize: number,
  summary: IngestSummary,
  flush: (rows: IncomingRow[]) => Promise<void>,
): Promise<void> {
  const mapsByShape = new Map<string, ColumnMap>();
  let batch: IncomingRow[] = [];
  for await (const source of records) {
    if ('error' in source) {
      summary.received++;
      summary.rejected.push({ line: source.line, field: null, reason: source.error });
      continue;
    }
    const keys = Object.keys(source.row);
    const shape = keys.join('\u0000');
    let map = mapsByShape.get(shape);
    if (!map) {
      map = resolveColumns(keys, mapping.columns);
      mapsByShape.set(shape, map);
    }
    batch.push({ line: source.line, data: applyColumnMap(source.row, map, mapping.defaults), raw: source.row });
    if (batch.length < batchSize) continue;
    await flush(batch);
    batch = [];
  }
  if (batch.length > 0) await flush(batch);
}
