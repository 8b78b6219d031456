import type { MentionRecord, RejectedRow } from '../../core/api';
import { type ColumnMap, applyColumnMap, resolveColumns } from './column-map';
import type { IncomingRow } from './pipeline.types';

/** One line of a JSON Lines file as read, not yet parsed, with its line number. */
export interface SourceLine {
  line: number;
  text: string;
}

/** How a file's rows become mention fields: explicit column mappings, and values for rows that lack a field. */
export interface RowMapping {
  columns: ColumnMap;
  defaults: Partial<Record<keyof MentionRecord, string>>;
}

/** Lines of a JSON Lines file, parsed and mapped in the prepare step (in analysis workers when there are some). */
export interface JsonLinesBatch {
  lines: SourceLine[];
  mapping: RowMapping;
}

/** Rows a batch arrives as: parsed rows (the HTTP API, CSV), or JSON lines still to parse. */
export type BatchInput = readonly IncomingRow[] | JsonLinesBatch;

export const isJsonLinesBatch = (input: BatchInput): input is JsonLinesBatch => !Array.isArray(input);

export const sizeOfBatch = (input: BatchInput): number => (isJsonLinesBatch(input) ? input.lines.length : input.length);

/** Column maps by the mapping and a row's column names: files have one shape or a few. */
function createColumnResolver() {
  const maps = new Map<string, ColumnMap>();
  return (keys: string[], explicit: ColumnMap, explicitKey: string): ColumnMap => {
    const shape = `${explicitKey}\u0001${keys.join('\u0000')}`;
    let map = maps.get(shape);
    if (!map) {
      if (maps.size > 1000) maps.clear();
      map = resolveColumns(keys, explicit);
      maps.set(shape, map);
    }
    return map;
  };
}

const resolveShared = createColumnResolver();

/**
 * Parses JSON lines and maps their columns onto mention fields; a line that is not a JSON object is
 * rejected with its line number. The line itself is kept as the raw payload.
 */
export function decodeJsonLines({ lines, mapping }: JsonLinesBatch): { rows: IncomingRow[]; rejected: RejectedRow[] } {
  const rows: IncomingRow[] = [];
  const rejected: RejectedRow[] = [];
  const explicitKey = JSON.stringify(mapping.columns);
  for (const { line, text } of lines) {
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (error) {
      rejected.push({ line, field: null, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rejected.push({ line, field: null, reason: 'expected a JSON object' });
      continue;
    }
    const row = value as Record<string, unknown>;
    const map = resolveShared(Object.keys(row), mapping.columns, explicitKey);
    // The line is the raw payload as sent: JSON of an object, with whatever space surrounded it trimmed.
    rows.push({ line, data: applyColumnMap(row, map, mapping.defaults), rawJson: text.trim() });
  }
  return { rows, rejected };
}

/** Splits a batch into consecutive slices of at most `size` rows or lines. */
export function sliceBatch(input: BatchInput, size: number): BatchInput[] {
  const slices: BatchInput[] = [];
  const total = sizeOfBatch(input);
  for (let i = 0; i < total; i += size) {
    slices.push(isJsonLinesBatch(input) ? { lines: input.lines.slice(i, i + size), mapping: input.mapping } : input.slice(i, i + size));
  }
  return slices;
}
