import { describe, expect, it } from 'vitest';
import { prepareMention } from './mention.prepare';
import type { MatchableMention } from './mention.types';
import { compileWatchQuery } from './watch-query.compiler';
import { parseWatchQuery } from './watch-query.parser';

/**
 * The ingest path's workload in miniature: a few thousand synthetic mentions of realistic length,
 * each prepared once and run against twenty compiled queries. Every mention is generated with the
 * answer each query should give, so the run checks correctness at volume. Timing is measured by
 * hand (see the report), never asserted here: shared CI machines make timing assertions flaky.
 */

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const FILLER = (
  'saya baru beli tadi pagi rasanya harganya naik lagi ya pelayanan lambat sekali kecewa berat mohon ' +
  'admin tolong cek dm promo diskon gratis ongkir aplikasinya error terus tidak bisa login sudah coba ' +
  'berkali kali banjir jakarta macet parah hari ini 😡 !! ... https://t.co/x1 café kopi'
).split(' ');

/** What a generated mention contains, so each query's expected answer can be worked out. */
interface Ingredients {
  indomie: '' | 'indomie' | 'Indomienya' | 'INDOMIE-nya' | 'indomielah';
  hashtag: boolean;
  phrase: boolean;
  pedas: boolean;
  mentionsHandle: boolean;
  language: 'id' | 'en' | null;
  platform: 'twitter' | 'instagram' | 'tiktok';
  author: 'budi' | 'siti';
}

/** The word appears on its own or as the handle `@indomie`, whose word counts too. */
const saysIndomie = (i: Ingredients): boolean => i.indomie !== '' || i.mentionsHandle;

const QUERIES: [source: string, expected: (i: Ingredients) => boolean][] = [
  ['indomie', (i) => saysIndomie(i)],
  ['indomie -pedas', (i) => saysIndomie(i) && !i.pedas],
  ['#IndomieSeleraku', (i) => i.hashtag],
  ['"mie goreng"', (i) => i.phrase],
  ['"mie goreng" OR #indomieseleraku', (i) => i.phrase || i.hashtag],
  ['@indomie', (i) => i.mentionsHandle],
  ['author:budi', (i) => i.author === 'budi'],
  ['@budi', (i) => i.author === 'budi'],
  ['lang:id indomie', (i) => i.language === 'id' && saysIndomie(i)],
  ['indomie -lang:en', (i) => saysIndomie(i) && i.language !== 'en'],
  ['platform:instagram OR platform:tiktok', (i) => i.platform !== 'twitter'],
  ['(indomie OR "mie goreng") platform:twitter', (i) => (saysIndomie(i) || i.phrase) && i.platform === 'twitter'],
  ['indomienya', (i) => i.indomie === 'Indomienya' || i.indomie === 'INDOMIE-nya'],
  ['indomie*', (i) => saysIndomie(i) || i.hashtag],
  ['pedas OR "mie goreng" OR @indomie', (i) => i.pedas || i.phrase || i.mentionsHandle],
  ['NOT indomie', (i) => !saysIndomie(i)],
  ['goreng', (i) => i.phrase],
  ['#indomie', () => false],
  ['sedap', () => false],
  ['indomie pedas author:siti', (i) => saysIndomie(i) && i.pedas && i.author === 'siti'],
];

function generate(random: () => number): { mention: MatchableMention; ingredients: Ingredients } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const ingredients: Ingredients = {
    indomie: pick(['', '', 'indomie', 'Indomienya', 'INDOMIE-nya', 'indomielah'] as const),
    hashtag: random() < 0.2,
    phrase: random() < 0.2,
    pedas: random() < 0.3,
    mentionsHandle: random() < 0.1,
    language: pick(['id', 'id', 'en', null] as const),
    platform: pick(['twitter', 'instagram', 'tiktok'] as const),
    author: pick(['budi', 'siti'] as const),
  };
  const parts: string[] = [ingredients.indomie];
  if (ingredients.hashtag) parts.push('#IndomieSeleraku');
  if (ingredients.phrase) parts.push('Mie Goreng!');
  if (ingredients.pedas) parts.push('pedasnya');
  if (ingredients.mentionsHandle) parts.push('@indomie');
  while (parts.join(' ').length < 100 + random() * 200) parts.splice(Math.floor(random() * parts.length), 0, pick(FILLER));
  const mention = {
    text: parts.join(' '),
    language: ingredients.language,
    platform: ingredients.platform,
    authorHandle: ingredients.author,
  };
  return { mention, ingredients };
}

describe('ingest workload', () => {
  it('gives every query the expected answer on thousands of mentions', () => {
    const matchers = QUERIES.map(([source]) => {
      const parsed = parseWatchQuery(source);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return compileWatchQuery(parsed.query);
    });
    const random = randomSource(20_26);
    let checked = 0;
    for (let n = 0; n < 5000; n++) {
      const { mention, ingredients } = generate(random);
      const prepared = prepareMention(mention);
      QUERIES.forEach(([source, expected], q) => {
        const actual = matchers[q]?.(prepared);
        if (actual !== expected(ingredients)) expect({ source, text: mention.text, actual }).toBeUndefined();
        checked += 1;
      });
    }
    expect(checked).toBe(5000 * QUERIES.length);
  });
});
