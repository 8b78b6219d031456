import { MentionInputSchema, type RejectedRow } from '../../core/api';
import type { IncomingRow, PipelineMention } from './pipeline.types';

/** `@Budi_S` and `budi_s` are the same author. */
export function normaliseHandle(handle: string | undefined): string | null {
  if (!handle) return null;
  const trimmed = handle.trim().replace(/^@+/, '').toLowerCase();
  return trimmed || null;
}

/**
 * Validates rows and splits them into mentions and rejections; a bad row never stops the rest.
 * Copies of one mention inside the batch are counted as duplicates here.
 */
export function normaliseRows(rows: readonly IncomingRow[]): { mentions: PipelineMention[]; rejected: RejectedRow[]; duplicates: number } {
  const mentions: PipelineMention[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const row of rows) {
    if (typeof row.data !== 'object' || row.data === null || Array.isArray(row.data)) {
      rejected.push({ line: row.line, field: null, reason: 'expected an object with mention fields' });
      continue;
    }
    const parsed = MentionInputSchema.safeParse(row.data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      rejected.push({
        line: row.line,
        field: first && first.path.length > 0 ? first.path.map(String).join('.') : null,
        reason: parsed.error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; '),
      });
      continue;
    }
    const record = parsed.data;
    const identity = `${record.platform}\u0000${record.externalId}`;
    if (seen.has(identity)) {
      duplicates++;
      continue;
    }
    seen.add(identity);
    mentions.push({
      line: row.line,
      record,
      authorHandle: normaliseHandle(record.authorHandle),
      raw: row.rawJson ?? JSON.stringify(row.raw ?? row.data),
      brands: new Map(),
    });
  }
  return { mentions, rejected, duplicates };
}
