import { describe, expect, it } from 'vitest';
import { chunkEnd, isWhitespace, skipWhitespace } from './whitespace';

describe('isWhitespace', () => {
  it('agrees with the regex class \\s on every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isWhitespace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});

describe('skipWhitespace and chunkEnd', () => {
  it('visits the same chunks as split(/\\s+/) without the empty ones', () => {
    for (const text of ['', '  ', 'a', ' satu  dua\ttiga\n', 'x\u00a0y\u3000z ']) {
      const chunks: string[] = [];
      for (let start = skipWhitespace(text, 0); start < text.length;) {
        const end = chunkEnd(text, start);
        chunks.push(text.slice(start, end));
        start = skipWhitespace(text, end);
      }
      expect(chunks).toEqual(text.split(/\s+/).filter(Boolean));
    }
  });
});
