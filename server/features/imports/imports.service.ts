import fs from 'node:fs';
import path from 'node:path';
import type { IngestSummary, MentionRecord } from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import type { IncomingRow, IngestPipeline } from '../../pipeline';
import { SYSTEM_ACTOR } from '../../security/actor';
import { recordAudit } from '../audit';
import { type ColumnMap, applyColumnMap, resolveColumns } from './column-map';
import { type ImportFormat, type SourceRow, detectDelimiter, readCsv, readJsonLines } from './readers';

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

const MAX_BATCHES_IN_FLIGHT = 2;

/**
 * Streams a JSON Lines or CSV file through the ingest path in batches. Each batch is committed on
 * its own, so a stopped import keeps what it stored and a re-run skips it as duplicates.
 */
export function createImportService(deps: ServiceDeps, pipeline: IngestPipeline) {
  return {
    async importFile(options: ImportOptions): Promise<IngestSummary> {
      const totalBytes = fs.statSync(options.file).size;
      const input = fs.createReadStream(options.file);
      const rows: AsyncIterable<SourceRow> =
        options.format === 'csv' ? readCsv(input, options.delimiter ?? detectDelimiter(options.file)) : readJsonLines(input);
      const summary: IngestSummary = { received: 0, imported: 0, duplicates: 0, engagementUpdated: 0, rejected: [] };
      const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
      const mapsByShape = new Map<string, ColumnMap>();
      let batch: IncomingRow[] = [];

      // Two batches in flight: the next one is read and parsed while the last is analysed (in worker
      // threads) and stored. Batches are committed in any order; each is idempotent on its own.
      const inFlight: Promise<void>[] = [];
      const ingest = async (rows: IncomingRow[]) => {
        const result = await pipeline.ingestBatch(options.workspaceId, rows);
        summary.received += result.received;
        summary.imported += result.imported;
        summary.duplicates += result.duplicates;
        summary.engagementUpdated += result.engagementUpdated;
        summary.rejected.push(...result.rejected);
        options.onProgress?.({ bytesRead: input.bytesRead, totalBytes, summary });
      };
      const flush = async () => {
        if (batch.length === 0) return;
        const job = ingest(batch);
        // Handled when awaited below; this keeps a second batch's failure from counting as unhandled meanwhile.
        job.catch(() => undefined);
        inFlight.push(job);
        batch = [];
        if (inFlight.length >= MAX_BATCHES_IN_FLIGHT) await inFlight.shift();
      };

      try {
        for await (const source of rows) {
          if ('error' in source) {
            summary.received++;
            summary.rejected.push({ line: source.line, field: null, reason: source.error });
            continue;
          }
          const keys = Object.keys(source.row);
          const shape = keys.join('\u0000');
          let map = mapsByShape.get(shape);
          if (!map) {
            map = resolveColumns(keys, options.columns ?? {});
            mapsByShape.set(shape, map);
          }
          const data = applyColumnMap(source.row, map, options.defaults ?? {});
          batch.push({ line: source.line, data, raw: source.row });
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        await Promise.all(inFlight.splice(0));
      } catch (error) {
        // Let the batches already sent finish before reporting, so nothing is written after the error is seen.
        await Promise.allSettled(inFlight);
        throw error;
      } finally {
        input.destroy();
      }
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
