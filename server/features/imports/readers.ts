import fs from 'node:fs';
import readline from 'node:readline';
import { parse } from 'csv-parse';

export type ImportFormat = 'jsonl' | 'csv';

/** A line of a JSON Lines file, not parsed yet: parsing is per-row work the ingest path does in its workers. */
export interface JsonLine {
  line: number;
  text: string;
}

/** JSON Lines as text: blank lines are skipped, a UTF-8 BOM is ignored. */
export async function* readJsonLineTexts(input: fs.ReadStream): AsyncGenerator<JsonLine> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (/\S/.test(text)) yield { line, text };
  }
}

/** A source row, or the reason it could not be read, with its line in the file. */
export type SourceRow = { line: number; row: Record<string, unknown> } | { line: number; error: string };

export function detectFormat(file: string, explicit?: string): ImportFormat {
  if (explicit === 'jsonl' || explicit === 'csv') return explicit;
  if (explicit) throw new Error(`--format: expected jsonl or csv, got "${explicit}"`);
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return 'jsonl';
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  throw new Error(`Cannot tell the format of ${file} from its name; pass --format jsonl or --format csv`);
}

/** The header line's most frequent candidate: exports from Indonesian spreadsheets often use `;`. */
export function detectDelimiter(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const header = buffer.subarray(0, read).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: header.split(d).length - 1 }));
    return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
  } finally {
    fs.closeSync(fd);
  }
}

/** CSV with a header row. */
export async function* readCsv(input: fs.ReadStream, delimiter: string): AsyncGenerator<SourceRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; invalid_field_length: number };
    }>) {
      yield { line: record.info.lines, row: record.record };
    }
  } catch (error) {
    const e = error as Error & { lines?: number };
    yield { line: e.lines ?? 0, error: `unreadable CSV from here on: ${e.message}` };
  }
}
