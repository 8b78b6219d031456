import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import type { IngestSummary, MentionInput } from '../core/api';
import { formatInteger, readIntOption, reportProgress } from './bench-report';
import type { Benchmark, BenchOptions } from './bench.types';
import { openBenchWorkspace } from './ingest-setup';
import { SYNTHETIC_IMPORTED_AT, generateMentions, writeJsonLines } from './synthetic-mentions';

/**
 * What the ingest path stores, for a fixed seeded file, as a dump that a later run is compared with: a
 * change meant only to make ingest faster must leave every row the same (mentions, authors, brand links,
 * categories, engagement, the alert engine's rollups, baselines, detector states and alerts, the rejection
 * report). `--out FILE` writes the dump; `--compare FILE` ingests again and reports any difference.
 */

/** Each table dumped whole, in the order of its key, so two runs' dumps compare row by row. */
const TABLES: Record<string, string> = {
  mentions: 'id',
  authors: 'id',
  mention_brands: 'mention_id, brand_id',
  mention_categories: 'mention_id, category',
  mention_engagement_snapshots: 'mention_id, observed_at',
  signal_rollups: 'workspace_id, brand_id, minute',
  signal_category_rollups: 'workspace_id, brand_id, minute, category',
  signal_baselines: 'rule_id, brand_id, t',
  detector_states: 'rule_id, brand_id',
  alerts: 'id',
  inbox_items: 'id',
  audit_log: 'id',
};

/**
 * The clock stands still at the end of the generated month while the file is imported, and an hour later
 * for the second delivery, so the timestamps the store writes are the same each run.
 */
const IMPORTED_AT = SYNTHETIC_IMPORTED_AT;
const SEEN_AGAIN_AT = IMPORTED_AT + 3_600_000;

/** Lines the import must reject, each with its reason in the report; put among the generated ones. */
const BAD_LINES = [
  'not json at all',
  '[1, 2, 3]',
  JSON.stringify({ platform: 'twitter', externalId: 'bad-1', createdAt: '2026-11-10T10:00:00Z' }),
  JSON.stringify({ platform: 'twitter', externalId: 'bad-2', text: 'tanggal salah', createdAt: 'kemarin' }),
  JSON.stringify({ platform: '', externalId: 'bad-3', text: 'tanpa platform', createdAt: '2026-11-10T10:00:00Z' }),
];

export interface IngestDump {
  count: number;
  seed: number;
  batchSize: number;
  summary: IngestSummary;
  /** What a second delivery of some posts with higher counters did (engagement updates and their hooks). */
  again: { imported: number; duplicates: number; engagementUpdated: number };
  fts: { rows: number; matches: Record<string, number[]> };
  tables: Record<string, Record<string, unknown>[]>;
}

function readStringOption(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === `--${name}`) value = args[i + 1];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  });
  return value;
}

/** Writes the file: the generated mentions as JSON Lines, with the bad lines spread among them. */
function writeInput(file: string, mentions: readonly MentionInput[]): void {
  writeJsonLines(file, mentions);
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  BAD_LINES.forEach((bad, i) => lines.splice(Math.floor(((i + 1) * lines.length) / (BAD_LINES.length + 1)), 0, bad));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Ingests the seeded file into a fresh store, then some posts again with higher counters, and dumps the store. */
export async function dumpIngest(root: string, count: number, seed: number, batchSize: number): Promise<IngestDump> {
  const mentions = generateMentions(count, seed);
  const file = path.join(root, 'mentions.jsonl');
  writeInput(file, mentions);
  let now = IMPORTED_AT;
  const bench = await openBenchWorkspace(path.join(root, 'data'), { now: () => now });
  try {
    const { ctx, workspaceId } = bench;
    const summary = await ctx.services.imports.importFile({ workspaceId, file, format: 'jsonl', batchSize });
    // Every 10th post seen again with more likes and comments, through the API's path (parsed rows).
    const seenAgain = mentions
      .filter((_, i) => i % 10 === 0)
      .map((m, i) => ({ line: i + 1, data: { ...m, likes: Number(m.likes ?? 0) + 7, comments: Number(m.comments ?? 0) + 3 } }));
    const again = { imported: 0, duplicates: 0, engagementUpdated: 0 };
    now = SEEN_AGAIN_AT;
    for (let i = 0; i < seenAgain.length; i += batchSize) {
      const result = await ctx.pipeline.ingestBatch(workspaceId, seenAgain.slice(i, i + batchSize));
      again.imported += result.imported;
      again.duplicates += result.duplicates;
      again.engagementUpdated += result.engagementUpdated;
    }
    const tables: IngestDump['tables'] = {};
    for (const [table, order] of Object.entries(TABLES)) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by ${sql.raw(order)}`.execute(ctx.db);
      tables[table] = rows;
    }
    const ftsRows = await sql<{ n: number }>`select count(*) as n from mentions_fts`.execute(ctx.db);
    const matches: Record<string, number[]> = {};
    for (const term of ['rasamie', 'kirimkilat', 'bocor', 'refund']) {
      const { rows } = await sql<{ rowid: number }>`select rowid from mentions_fts where mentions_fts match ${term} order by rowid`.execute(
        ctx.db,
      );
      matches[term] = rows.map((r) => r.rowid);
    }
    return { count, seed, batchSize, summary, again, fts: { rows: Number(ftsRows.rows[0]?.n ?? 0), matches }, tables };
  } finally {
    await bench.ctx.close();
  }
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The differences between two dumps, by part, with the first differing row of each table; empty when they are the same. */
export function compareDumps(expected: IngestDump, actual: IngestDump): string[] {
  const differences: string[] = [];
  for (const part of ['count', 'seed', 'batchSize', 'summary', 'again', 'fts'] as const)
    if (!isDeepStrictEqual(expected[part], actual[part]))
      differences.push(`${part}: expected ${JSON.stringify(expected[part])}, got ${JSON.stringify(actual[part])}`.slice(0, 2000));
  for (const table of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    const a = expected.tables[table] ?? [];
    const b = actual.tables[table] ?? [];
    if (a.length !== b.length) differences.push(`${table}: expected ${a.length} rows, got ${b.length}`);
    const at = a.findIndex((row, i) => !isDeepStrictEqual(row, b[i]));
    if (at >= 0)
      differences.push(`${table}: row ${at} differs: expected ${JSON.stringify(a[at])}, got ${JSON.stringify(b[at])}`.slice(0, 4000));
  }
  return differences;
}

async function runIngestCheck({ json, args }: BenchOptions): Promise<void> {
  const count = readIntOption(args, 'count', 20_000, { min: 100, max: 1_000_000 });
  const seed = readIntOption(args, 'seed', 20_261_121, { min: 0, max: 2 ** 32 - 1 });
  const batchSize = readIntOption(args, 'batch-size', 5000, { min: 1, max: 5000 });
  const out = readStringOption(args, 'out');
  const compare = readStringOption(args, 'compare');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-ingest-check-'));
  try {
    reportProgress(`ingest-check: ${formatInteger(count)} mentions (seed ${seed}), batches of ${formatInteger(batchSize)}`);
    const dump = await dumpIngest(root, count, seed, batchSize);
    const digests = Object.fromEntries(Object.entries(dump.tables).map(([t, rows]) => [t, { rows: rows.length, sha256: digest(rows) }]));
    for (const [table, d] of Object.entries(digests)) console.log(`${table.padEnd(30)} ${String(d.rows).padStart(7)}  ${d.sha256}`);
    console.log(
      `imported ${dump.summary.imported}, duplicates ${dump.summary.duplicates}, rejected ${dump.summary.rejected.length}; ` +
        `again: ${dump.again.engagementUpdated} engagement updates`,
    );
    if (out) {
      fs.writeFileSync(out, JSON.stringify(dump));
      console.log(`dump written to ${out}`);
    }
    let differences: string[] | null = null;
    if (compare) {
      differences = compareDumps(JSON.parse(fs.readFileSync(compare, 'utf8')) as IngestDump, dump);
      console.log(differences.length === 0 ? `identical to ${compare}` : `DIFFERS from ${compare}:\n${differences.join('\n')}`);
      if (differences.length > 0) process.exitCode = 1;
    }
    if (json)
      console.log(JSON.stringify({ benchmark: 'ingest-check', count, seed, batchSize, digests, identical: differences?.length === 0 }));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export const ingestCheckBenchmark: Benchmark = {
  description:
    'Ingest a fixed seeded file and dump what is stored, to show a faster ingest stores the same (--out FILE, --compare FILE, --count N)',
  run: runIngestCheck,
};
