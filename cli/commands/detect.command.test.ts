import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateCounts } from '../../core/detection/synthetic';
import { cliEnv, runCli } from '../../test/support/cli';
import { makeTempDir } from '../../test/support/factories';
import { detectStream } from './detect.command';

const HOUR = 3_600_000;

/** A week of hourly counts around 30 with a burst on day six, as NAB-style CSV lines. */
function seriesLines(): string[] {
  const points = generateCounts(42, 7 * 24, HOUR, (_, i) => (i >= 130 && i < 134 ? 160 : 30));
  return points.map((p) => `${new Date(p.timestamp).toISOString().replace('T', ' ').slice(0, 19)},${p.value}`);
}

async function detectLines(lines: string[]): Promise<string[]> {
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  await detectStream(Readable.from([`${lines.join('\n')}\n`]), output);
  output.end();
  return text.trim().split('\n');
}

describe('siaga detect', () => {
  it('answers every row in order with a score in [0, 1] and an alert flag', async () => {
    const rows = seriesLines();
    const out = await detectLines(['timestamp,value', ...rows]);
    expect(out[0]).toBe('timestamp,value,anomaly_score,alert');
    expect(out).toHaveLength(rows.length + 1);
    out.slice(1).forEach((line, i) => {
      const [timestamp, value, score, alert] = line.split(',');
      expect(`${timestamp},${value}`).toBe(rows[i]);
      expect(Number(score)).toBeGreaterThanOrEqual(0);
      expect(Number(score)).toBeLessThanOrEqual(1);
      expect(['0', '1']).toContain(alert);
    });
    const alerts = out.slice(1).flatMap((line, i) => (line.endsWith(',1') ? [i] : []));
    expect(alerts).toEqual([130]);
  });

  it('scores a burst on its first row only, so a threshold on anomaly_score flags each burst once', async () => {
    const out = (await detectLines(['timestamp,value', ...seriesLines()])).slice(1).map((line) => Number(line.split(',')[2]));
    expect(out[130]).toBeGreaterThanOrEqual(0.36);
    expect(out.slice(131, 134)).toEqual([0, 0, 0]);
    expect(out.filter((score) => score >= 0.36)).toHaveLength(1);
  });

  it('is strictly online: rows up to i are unchanged when later rows change or go', async () => {
    const rows = seriesLines();
    const whole = await detectLines(['timestamp,value', ...rows]);
    const cut = 131;
    const prefix = await detectLines(['timestamp,value', ...rows.slice(0, cut)]);
    const altered = await detectLines([
      'timestamp,value',
      ...rows.slice(0, cut),
      ...rows.slice(cut).map((r) => r.replace(/,\d+$/, ',999')),
    ]);
    expect(prefix).toEqual(whole.slice(0, cut + 1));
    expect(altered.slice(0, cut + 1)).toEqual(whole.slice(0, cut + 1));
  });

  it('names the line of a bad row', async () => {
    await expect(detectLines(['timestamp,value', '2026-01-01 00:00:00,3', '2026-01-01 01:00:00,tiga'])).rejects.toThrow(
      'line 3: the value "tiga" is not a number',
    );
    await expect(detectLines(['timestamp,value', 'kemarin,3'])).rejects.toThrow('line 2: "kemarin" is not a timestamp');
    await expect(detectLines(['waktu,jumlah', 'x,1'])).rejects.toThrow('line 1: expected the header "timestamp,value"');
  });

  it('reads files or standard input, and leaves no output file after a bad row', async () => {
    const dir = makeTempDir();
    try {
      const env = cliEnv(dir.dir);
      const input = dir.file('in.csv', `\uFEFFtimestamp,value\n${seriesLines().join('\n')}\n`);
      const output = path.join(dir.dir, 'out.csv');
      const ok = await runCli(['detect', '--input', input, '--output', output], env);
      expect(ok.code).toBe(0);
      const written = fs.readFileSync(output, 'utf8').trim().split('\n');
      expect(written).toEqual(await detectLines(['timestamp,value', ...seriesLines()]));

      const bad = dir.file('bad.csv', 'timestamp,value\n2026-01-01T00:00:00Z,1\n2026-01-01T01:00:00Z,\n');
      const badOutput = path.join(dir.dir, 'bad-out.csv');
      const failed = await runCli(['detect', '--input', bad, '--output', badOutput], env);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('line 3');
      expect(fs.readdirSync(dir.dir).filter((f) => f.startsWith('bad-out'))).toEqual([]);

      const piped = await runCli(['detect', '--input', input], env);
      expect(piped.stdout.trim().split('\n')).toEqual(written);
    } finally {
      dir.remove();
    }
  });
});
