import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MentionInputSchema } from '../core/api';
import { parseWatchQuery } from '../core/query';
import { SYNTHETIC_BRANDS, generateLabelledMentions, generateMentions, writeMentionsJsonl } from './synthetic-mentions';

const identity = (m: { platform: string; externalId: string | number }) => `${m.platform}\u0000${String(m.externalId)}`;

describe('synthetic mentions', () => {
  it('are the same for the same seed and differ for another seed', () => {
    expect(generateMentions(2_000, 7)).toEqual(generateMentions(2_000, 7));
    expect(generateMentions(50, 8)).not.toEqual(generateMentions(50, 7));
  });

  it('all pass the import schema', () => {
    const failures = generateMentions(10_000, 11)
      .map((mention) => MentionInputSchema.safeParse(mention))
      .filter((result) => !result.success);
    expect(failures).toEqual([]);
  });

  it('are about 70% Indonesian, 25% English and 5% regional or mixed', () => {
    const labelled = generateLabelledMentions(20_000, 3);
    const share = (test: (l: string) => boolean) => labelled.filter((l) => test(l.language)).length / labelled.length;
    expect(share((l) => l === 'id')).toBeGreaterThan(0.65);
    expect(share((l) => l === 'id')).toBeLessThan(0.77);
    expect(share((l) => l === 'en')).toBeGreaterThan(0.2);
    expect(share((l) => l === 'en')).toBeLessThan(0.3);
    expect(share((l) => l === 'jv' || l === 'su' || l === 'mixed')).toBeGreaterThan(0.03);
    expect(share((l) => l === 'jv' || l === 'su' || l === 'mixed')).toBeLessThan(0.07);
  });

  it('repeat about 1% of earlier mentions exactly and keep every other identity unique', () => {
    const labelled = generateLabelledMentions(20_000, 5);
    const seen = new Map<string, unknown>();
    let duplicates = 0;
    for (const { mention, duplicate } of labelled) {
      const key = identity(mention);
      if (duplicate) {
        duplicates++;
        expect(seen.get(key)).toEqual(mention);
      } else {
        expect(seen.has(key)).toBe(false);
        seen.set(key, mention);
      }
    }
    expect(duplicates / labelled.length).toBeGreaterThan(0.005);
    expect(duplicates / labelled.length).toBeLessThan(0.015);
  });

  it('come from over 20,000 authors at the benchmark size, a few of them far more active than most', () => {
    const posts = new Map<string, number>();
    for (const m of generateMentions(200_000, 1)) {
      const author = `${m.platform}:${String(m.authorHandle).replace(/^@/, '').toLowerCase()}`;
      posts.set(author, (posts.get(author) ?? 0) + 1);
    }
    const counts = [...posts.values()].sort((a, b) => b - a);
    expect(posts.size).toBeGreaterThan(20_000);
    expect(counts[0]).toBeGreaterThan(20 * (counts[Math.floor(counts.length / 2)] ?? 0));
  });

  it('spread over thirty days', () => {
    const times = generateMentions(5_000, 9).map((m) => MentionInputSchema.parse(m).createdAt);
    const days = (Math.max(...times) - Math.min(...times)) / 86_400_000;
    expect(days).toBeGreaterThan(28);
    expect(days).toBeLessThanOrEqual(31);
  });

  it('mention the synthetic brands, whose watch queries all parse', () => {
    for (const brand of SYNTHETIC_BRANDS) {
      for (const { query } of brand.queries) expect(parseWatchQuery(query).ok, query).toBe(true);
    }
    const labelled = generateLabelledMentions(5_000, 13);
    for (const brand of SYNTHETIC_BRANDS) expect(labelled.some((l) => l.brand === brand.key)).toBe(true);
    expect(labelled.some((l) => l.brand === null)).toBe(true);
  });

  it('write the same rows as JSON Lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-synthetic-'));
    try {
      const file = path.join(dir, 'mentions.jsonl');
      writeMentionsJsonl(file, 500, 21);
      const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(generateMentions(500, 21));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
