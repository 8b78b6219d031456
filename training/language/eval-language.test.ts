import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_ROOT as DATA_DIR } from '../sentiment/sentiment-data';
import { evaluateLanguage } from './eval-language';

describe.skipIf(!existsSync(resolve(DATA_DIR, 'sentiment/nusax-id/valid.csv')))('evaluateLanguage on NusaX valid', () => {
  it('identifies Indonesian and English texts', () => {
    const result = evaluateLanguage(DATA_DIR);
    expect(result.rows).toHaveLength(192);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.confusion.id?.id).toBeGreaterThanOrEqual(93);
  });
});
