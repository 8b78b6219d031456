import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTextAnalyzer } from '../../core/analysis';
import { loadAnalysisResources } from '../../server/features/analysis';
import { makeTempDir } from '../../test/support/factories';
import { analyzeStream } from './analyze.command';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const analyzer = createTextAnalyzer({ sentimentModel: loadAnalysisResources().sentimentModel });

async function analyzeLines(lines: string[]): Promise<Record<string, any>[]> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  await analyzeStream(analyzer, Readable.from([`${lines.join('\n')}\n`]), output);
  output.end();
  return chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);
}

describe('siaga analyze', () => {
  it('answers every line in order with its fields and the analysis', async () => {
    const out = await analyzeLines([
      JSON.stringify({ id: 1, text: 'Makanannya basi, anak saya keracunan. Kecewa berat!', source: 'ig' }),
      JSON.stringify({ id: 2, text: 'Pelayanannya ramah dan cepat, mantul 👍' }),
      JSON.stringify({ id: 3, text: 'Aplikasinya down lagi, gak bisa login dari pagi #kecewa' }),
    ]);
    expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
    expect(out[0]).toMatchObject({ source: 'ig', language: 'id', sentiment: 'negative' });
    expect(out[0]!.categories).toContain('product_quality');
    expect(out[1]!.sentiment).toBe('positive');
    expect(out[2]!.categories).toContain('outage');
    for (const o of out) {
      const { negative, neutral, positive } = o.sentimentScores;
      expect(negative + neutral + positive).toBeCloseTo(1, 6);
      expect(o.toxicity).toBeGreaterThanOrEqual(0);
      expect(o.toxicity).toBeLessThanOrEqual(1);
      expect(typeof o.spam).toBe('boolean');
      expect(typeof o.clusterKey).toBe('string');
      expect(Array.isArray(o.keyPhrases)).toBe(true);
    }
  });

  it('puts an error with the line number in place of a bad line and goes on', async () => {
    const out = await analyzeLines([
      '{"text": "baik"}',
      '{"text": tidak json}',
      '["text"]',
      '{"body": "tanpa teks"}',
      '{"text": 42}',
      '',
      '{"text": "terakhir", "n": 7}',
    ]);
    expect(out).toHaveLength(7);
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('not valid JSON') });
    expect(out[2]).toEqual({ line: 3, error: 'expected a JSON object' });
    expect(out[3]).toEqual({ line: 4, error: expect.stringContaining('"text"') });
    expect(out[4]).toEqual({ line: 5, error: expect.stringContaining('"text"') });
    expect(out[5]).toEqual({ line: 6, error: expect.stringContaining('not valid JSON') });
    expect(out[6]).toMatchObject({ n: 7, text: 'terakhir' });
    expect(out[6]!.sentiment).toBeDefined();
  });

  it('waits for a slow reader instead of buffering everything', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `pesanan ${i} belum sampai juga` }));
    let written = 0;
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString().split('\n').length - 1;
        setImmediate(callback);
      },
    });
    const watch = setInterval(() => (maxBuffered = Math.max(maxBuffered, slow.writableLength)), 1);
    await analyzeStream(analyzer, Readable.from(lines.map((l) => `${l}\n`)), slow);
    clearInterval(watch);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(written).toBe(3000);
    expect(maxBuffered).toBeLessThan(1024 * 1024);
  });

  it('reads standard input and writes standard output, or the files it is given', async () => {
    const input = [JSON.stringify({ text: 'Akun saya dibajak, tolong!' }), 'rusak'].join('\n');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'siaga.js'), 'analyze'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdin.end(`${input}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, any>);
    expect(out[0]!.categories).toContain('account_security');
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('not valid JSON') });
    expect(stderr).toContain('1 of 2 lines');

    const dir = makeTempDir();
    try {
      const inFile = dir.file('in.jsonl', `\uFEFF${JSON.stringify({ text: 'Harga naik terus, tagihan dobel' })}\n`);
      const outFile = path.join(dir.dir, 'out.jsonl');
      const run = spawn(process.execPath, [path.join(ROOT, 'bin', 'siaga.js'), 'analyze', '--input', inFile, '--output', outFile], {
        cwd: ROOT,
      });
      expect(await new Promise((resolve) => run.once('close', resolve))).toBe(0);
      const [line] = fs.readFileSync(outFile, 'utf8').trim().split('\n');
      expect(JSON.parse(line!).categories).toContain('price_billing');
    } finally {
      dir.remove();
    }
  });
});
