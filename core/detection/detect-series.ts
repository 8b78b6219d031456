import type { VolumeOutput, VolumeRule } from './volume-detector';
import { createVolumeDetector } from './volume-detector';

/**
 * The `siaga detect` contract as pure functions: CSV lines of `timestamp,value` in, one line of
 * `timestamp,value,anomaly_score,alert` out per data row, in order, each from the rows up to it only.
 */
export const DETECT_OUTPUT_HEADER = 'timestamp,value,anomaly_score,alert';

export class SeriesInputError extends Error {
  constructor(
    readonly lineNumber: number,
    message: string,
  ) {
    super(`line ${lineNumber}: ${message}`);
    this.name = 'SeriesInputError';
  }
}

const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/;

/**
 * Epoch ms of a timestamp: ISO 8601 with a zone, a zone-less `YYYY-MM-DD[ HH:MM[:SS[.fff]]]` read as UTC,
 * or a number of epoch seconds (up to 11 digits) or milliseconds.
 */
export function parseSeriesTimestamp(text: string): number | null {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return t.split('.')[0]!.length <= 11 ? n * 1000 : n;
  }
  const naive = NAIVE_DATE_TIME.exec(t);
  if (naive) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = naive;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(Number(`0.${frac}`) * 1000));
    const check = new Date(ms);
    if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60)
      return null;
    return ms;
  }
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : ms;
}

function splitCsvLine(line: string): string[] {
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

export interface SeriesColumns {
  timestamp: number;
  value: number;
}

/** Finds the `timestamp` and `value` columns in the header line. */
export function parseSeriesHeader(line: string): SeriesColumns {
  const cells = splitCsvLine(line.replace(/^\uFEFF/, '')).map((c) => c.toLowerCase());
  const timestamp = cells.indexOf('timestamp');
  const value = cells.indexOf('value');
  if (timestamp < 0 || value < 0) throw new SeriesInputError(1, `expected the header "timestamp,value", got "${line.trim()}"`);
  return { timestamp, value };
}

export interface SeriesRow {
  /** The timestamp as written, echoed to the output. */
  rawTimestamp: string;
  rawValue: string;
  timestamp: number;
  value: number;
}

export function parseSeriesRow(line: string, lineNumber: number, columns: SeriesColumns): SeriesRow {
  const cells = splitCsvLine(line);
  const rawTimestamp = cells[columns.timestamp];
  const rawValue = cells[columns.value];
  if (rawTimestamp === undefined || rawValue === undefined)
    throw new SeriesInputError(lineNumber, `expected ${Math.max(columns.timestamp, columns.value) + 1} columns, got ${cells.length}`);
  const timestamp = parseSeriesTimestamp(rawTimestamp);
  if (timestamp === null) throw new SeriesInputError(lineNumber, `"${rawTimestamp}" is not a timestamp (use ISO 8601 or epoch seconds)`);
  const value = rawValue === '' ? Number.NaN : Number(rawValue);
  if (!Number.isFinite(value)) throw new SeriesInputError(lineNumber, `the value "${rawValue}" is not a number`);
  return { rawTimestamp, rawValue, timestamp, value };
}

/** Scores with four decimals more than the thresholds need, and no trailing zeros. */
export function formatAnomalyScore(score: number): string {
  return String(Number(score.toFixed(6)));
}

export function formatDetectRow(row: SeriesRow, output: VolumeOutput): string {
  return `${row.rawTimestamp},${row.rawValue},${formatAnomalyScore(output.burstScore)},${output.alert ? 1 : 0}`;
}

/**
 * A line-at-a-time runner: feed every line of the input (1-based numbers, header first) and get the output
 * line for it, `null` for blank lines; a bad line throws a SeriesInputError naming it.
 */
export function createSeriesRunner(rule: Partial<VolumeRule> = {}): {
  header: string;
  next(line: string, lineNumber: number): string | null;
} {
  const detector = createVolumeDetector(rule);
  let columns: SeriesColumns | null = null;
  return {
    header: DETECT_OUTPUT_HEADER,
    next(line, lineNumber) {
      if (columns === null) {
        columns = parseSeriesHeader(line);
        return DETECT_OUTPUT_HEADER;
      }
      if (line.trim() === '') return null;
      const row = parseSeriesRow(line, lineNumber, columns);
      return formatDetectRow(row, detector.observe(row.timestamp, row.value));
    },
  };
}
