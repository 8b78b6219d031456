import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateLanguage } from './eval-language.js';

const DATA_DIR = resolve(process.env.SIAGA_DATA_DIR ?? '../shared/data');

describe.skipIf(!existsSync(resolve(DATA_DIR, 'sentiment/nusax-id/valid.csv')))('evaluateLanguage on NusaX valid', () => {
  it('identifies Indonesian and English texts', () => {
    const result = evaluateLanguage(DATA_DIR);
    expect(result.rows).toHaveLength(192);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.confusion.id?.id).toBeGreaterThanOrEqual(93);
  });
});
