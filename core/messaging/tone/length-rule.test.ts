import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';

describe('too long for the channel', () => {
  it('blocks a reply over the channel limit and highlights what does not fit', () => {
    const text = `Mohon maaf atas ketidaknyamanannya. ${'x'.repeat(150)}`;
    const finding = checkTone(text, { channel: 'tiktok_comment' }).find((f) => f.rule === 'too_long');
    expect(finding?.severity).toBe('block');
    expect(finding?.spans).toEqual([{ start: 150, end: text.length }]);
    expect(finding?.explanation.params).toMatchObject({ limit: 150, length: text.length, over: text.length - 150 });
  });

  it('counts an X link as 23 whatever its length', () => {
    const link = `https://example.com/${'a'.repeat(300)}`;
    expect(checkTone(`Sorry, details here: ${link}`, { channel: 'x' }).find((f) => f.rule === 'too_long')).toBeUndefined();
  });

  it('takes a stricter limit of our own, counted the channel’s way', () => {
    const text = 'Mohon maaf, kami cek dulu ya 🙏';
    expect(checkTone(text, { channel: 'x' }).find((f) => f.rule === 'too_long')).toBeUndefined();
    const finding = checkTone(text, { channel: 'x', lengthLimit: 20 }).find((f) => f.rule === 'too_long');
    expect(finding?.explanation.params).toMatchObject({ limit: 20, length: 31 });
  });

  it('is not checked without a channel', () => {
    expect(checkTone('a'.repeat(10_000)).find((f) => f.rule === 'too_long')).toBeUndefined();
  });
});
