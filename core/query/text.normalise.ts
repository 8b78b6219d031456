import { MARK, WORD, asciiClass, charClassAt, charWidthAt } from './char-class';

const NON_ASCII = /[\u0080-\uffff]/;
// No combining mark lies below U+0300.
const FIRST_MARK = 0x300;

/** `s` without its combining marks, copying only when there is something to remove. */
function stripMarks(s: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < s.length;) {
    const width = charWidthAt(s, i);
    if (s.charCodeAt(i) >= FIRST_MARK && charClassAt(s, i) === MARK) {
      out += s.slice(copiedUpTo, i);
      copiedUpTo = i + width;
    }
    i += width;
  }
  return copiedUpTo === 0 ? s : out + s.slice(copiedUpTo);
}

/**
 * The case and accent folding applied to both queries and mentions, so the two always agree:
 * `Café` and `CAFE` both become `cafe`, full-width `Ｉｎｄｏｍｉｅ` becomes `indomie`.
 */
export function normaliseQueryText(s: string): string {
  const lower = s.toLowerCase();
  // Most Indonesian mentions are plain ASCII; skipping NFKD for them is the largest saving in prepareMention.
  if (!NON_ASCII.test(lower)) return lower;
  // Lower-casing again because compatibility decomposition can produce capitals (U+210C `ℌ` → `H`).
  return stripMarks(lower.normalize('NFKD')).toLowerCase();
}

/** Handles are compared without the `@` people often type or store in front of them. */
export function normaliseHandle(s: string): string {
  return normaliseQueryText(s.trim()).replace(/^@+/, '');
}

/** Plain filter values (platform names and the like): folded and trimmed. */
export function normaliseValue(s: string): string {
  return normaliseQueryText(s.trim());
}

/**
 * Language codes are compared on the primary subtag only (`id-ID` is `id`), and `in`, the code older
 * Twitter exports still use for Indonesian, is read as `id` so `lang:id` finds those mentions too.
 */
export function normaliseLanguage(s: string): string {
  const primary = normaliseValue(s).split(/[-_]/, 1)[0] ?? '';
  return primary === 'in' ? 'id' : primary;
}

/**
 * Width in UTF-16 units of the letter or digit starting at `i`, or 0 when there is none.
 * Punctuation, spaces, emoji and symbols are all 0, which is what splits tokens.
 */
export function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return asciiClass(code) === WORD ? 1 : 0;
  return charClassAt(text, i) === WORD ? charWidthAt(text, i) : 0;
}
