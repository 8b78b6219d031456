import { describe, expect, it } from 'vitest';
import { forEachChunk, isWhitespace } from './whitespace';

describe('isWhitespace', () => {
  it('agrees with the regex class \\s on every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isWhitespace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});

describe('forEachChunk', () => {
  it('visits the same chunks as split(/\\s+/) without the empty ones', () => {
    for (const text of ['', '  ', 'a', ' satu  dua\ttiga\n', 'x\u00a0y\u3000z ']) {
      const chunks: string[] = [];
      forEachChunk(text, (start, end) => chunks.push(text.slice(start, end)));
      expect(chunks).toEqual(text.split(/\s+/).filter(Boolean));
    }
  });
});
