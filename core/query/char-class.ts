/**
 * Character classes for tokenising and accent stripping. Unicode property regexes (`\p{L}`) cost
 * about 12 ns per character when run over a whole mention, more than all the other work together,
 * so each code point is classified once with them and remembered; ASCII is classified up front.
 */
export const OTHER = 1;
export const WORD = 2;
export const MARK = 3;
export type CharClass = typeof OTHER | typeof WORD | typeof MARK;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;

// 0 means "not classified yet". A memo, so results never depend on what was seen before.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, CharClass>();

function classify(codePoint: number): CharClass {
  const char = String.fromCodePoint(codePoint);
  if (WORD_CHAR.test(char)) return WORD;
  return MARK_CHAR.test(char) ? MARK : OTHER;
}

for (let c = 0; c < 0x80; c++) bmpClasses[c] = classify(c);

/** Class of the ASCII character `code`; callers check `code < 0x80` first. */
export function asciiClass(code: number): number {
  return bmpClasses[code] ?? OTHER;
}

/** Class of the code point starting at `i` (a lone surrogate counts as OTHER). */
export function charClassAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const codePoint = text.codePointAt(i) ?? code;
    let known = astralClasses.get(codePoint);
    if (known === undefined) astralClasses.set(codePoint, (known = classify(codePoint)));
    return known;
  }
  if (Number.isNaN(code)) return OTHER;
  let known = bmpClasses[code];
  if (!known) bmpClasses[code] = known = classify(code);
  return known as CharClass;
}

/** UTF-16 width of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function charWidthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
