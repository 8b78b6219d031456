import type { RejectedRow } from '../../core/api';
import { type BatchInput, decodeJsonLines, isJsonLinesBatch } from './decode-lines';
import { type CompiledQuery, matchMention } from './match';
import { normaliseRows } from './normalise';
import type { IncomingRow, MentionAnalysis, PipelineMention } from './pipeline.types';

/** A batch ready to store: valid mentions with their brands (and analysis), the rejections, copies inside the batch. */
export interface PreparedBatch {
  mentions: PipelineMention[];
  rejected: RejectedRow[];
  duplicates: number;
}

export type AnalyseText = (text: string, language: string | null) => MentionAnalysis;

/**
 * The per-row work of the ingest path: parse and map JSON lines, validate and normalise, match watch
 * queries, analyse. It needs no database, so analysis workers run it beside the main thread, which only stores.
 */
export function prepareRows(input: BatchInput, queries: readonly CompiledQuery[], analyse: AnalyseText | null): PreparedBatch {
  const decoded = isJsonLinesBatch(input) ? decodeJsonLines(input) : null;
  const batch = normaliseRows(decoded ? decoded.rows : (input as readonly IncomingRow[]));
  // Lines that are not JSON objects first, then rows that fail validation; the import sorts them by line.
  if (decoded && decoded.rejected.length > 0) batch.rejected = [...decoded.rejected, ...batch.rejected];
  for (const mention of batch.mentions) {
    matchMention(mention, queries);
    if (analyse) mention.analysis = analyse(mention.record.text, mention.record.language ?? null);
  }
  return batch;
}

/**
 * Joins batches prepared from consecutive slices of one batch (one slice per worker): a copy in a later
 * slice counts as a duplicate, as it would have within one batch.
 */
export function joinPreparedBatches(parts: readonly PreparedBatch[]): PreparedBatch {
  if (parts.length === 1) return parts[0]!;
  const joined: PreparedBatch = { mentions: [], rejected: [], duplicates: 0 };
  const seen = new Set<string>();
  for (const part of parts) {
    joined.rejected.push(...part.rejected);
    joined.duplicates += part.duplicates;
    for (const mention of part.mentions) {
      const identity = `${mention.record.platform}\u0000${mention.record.externalId}`;
      if (seen.has(identity)) {
        joined.duplicates++;
        continue;
      }
      seen.add(identity);
      joined.mentions.push(mention);
    }
  }
  return joined;
}
