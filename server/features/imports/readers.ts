import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';

export type ImportFormat = 'jsonl' | 'csv';

/** A line of a JSON Lines file, not parsed yet: parsing is per-row work the ingest path does in its workers. */
export interface JsonLine {
  line: number;
  text: string;
}

/** Bytes read from the file at a time. */
const READ_CHUNK_BYTES = 1 << 20;

/** A batch of JSON Lines as text, and how far into the file the reader is. */
export interface JsonLineBatch {
  lines: JsonLine[];
  bytesRead: number;
}

/**
 * JSON Lines as text, in batches of `batchSize` lines: blank lines are skipped (and counted), a UTF-8 BOM is
 * ignored, and a line ends at `\n`, `\r\n` or a lone `\r`, as readline would have it. The file is read
 * synchronously, a mebibyte at a time: the ingest path stores on this thread synchronously too, so a
 * stream's reads would wait behind whole batches being stored while the analysis workers run out of work.
 */
export function* readJsonLineBatches(file: string, batchSize: number, chunkBytes = READ_CHUNK_BYTES): Generator<JsonLineBatch> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const decoder = new StringDecoder('utf8');
    let carry = '';
    let lineNumber = 0;
    let bytesRead = 0;
    let lines: JsonLine[] = [];
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, chunkBytes, null);
      bytesRead += read;
      const atEnd = read === 0;
      const text = carry + (atEnd ? decoder.end() : decoder.write(buffer.subarray(0, read)));
      // A `\r` at the end may be half of a `\r\n` whose `\n` is in the next piece.
      const complete = atEnd ? text.length : text.endsWith('\r') ? text.length - 1 : text.length;
      const lastBreak = atEnd ? text.length - 1 : lastLineBreak(text, complete);
      carry = text.slice(lastBreak + 1);
      if (lastBreak >= 0) {
        const raws = text.slice(0, lastBreak + 1).split(LINE_BREAK);
        // The piece after the last break is empty unless the file ends without a line break.
        if (!atEnd || raws[raws.length - 1] === '') raws.pop();
        for (const raw of raws) {
          lineNumber++;
          const lineText = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
          if (/\S/.test(lineText)) lines.push({ line: lineNumber, text: lineText });
          if (lines.length < batchSize) continue;
          yield { lines, bytesRead };
          lines = [];
        }
      }
      if (atEnd) break;
    }
    if (lines.length > 0) yield { lines, bytesRead };
  } finally {
    fs.closeSync(fd);
  }
}

const LINE_BREAK = /\r\n|\n|\r/;

/** Where the last `\n` or `\r` before `end` is, or -1. */
function lastLineBreak(text: string, end: number): number {
  if (end === 0) return -1;
  return Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1));
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
