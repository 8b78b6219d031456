/**
 * Emoji sequence detection. `\p{Extended_Pictographic}` is slow to run per character, so each code
 * point is tested once and remembered, as in core/query/char-class.ts.
 */
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const VS15 = 0xfe0e;
const KEYCAP = 0x20e3;
const REGIONAL_FIRST = 0x1f1e6;
const REGIONAL_LAST = 0x1f1ff;
const SKIN_FIRST = 0x1f3fb;
const SKIN_LAST = 0x1f3ff;
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007f;

// 0 unknown, 1 pictographic, 2 not.
const bmpPictographic = new Uint8Array(0x10000);
const astralPictographic = new Map<number, boolean>();

function isPictographic(codePoint: number): boolean {
  if (codePoint < 0xa9) return false;
  if (codePoint < 0x10000) {
    let known = bmpPictographic[codePoint];
    if (!known) bmpPictographic[codePoint] = known = PICTOGRAPHIC.test(String.fromCodePoint(codePoint)) ? 1 : 2;
    return known === 1;
  }
  let known = astralPictographic.get(codePoint);
  if (known === undefined) astralPictographic.set(codePoint, (known = PICTOGRAPHIC.test(String.fromCodePoint(codePoint))));
  return known;
}

function isTextByDefault(codePoint: number): boolean {
  return codePoint === 0xa9 || codePoint === 0xae || codePoint === 0x2122;
}

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** Skips variation selectors, skin tones and tag characters that modify the emoji ending before `i`. */
function skipModifiers(text: string, i: number): number {
  for (;;) {
    const cp = codePointAt(text, i);
    if (cp === VS16 || cp === VS15 || cp === KEYCAP || (cp >= SKIN_FIRST && cp <= SKIN_LAST) || (cp >= TAG_FIRST && cp <= TAG_LAST)) {
      i += width(cp);
    } else {
      return i;
    }
  }
}

/**
 * End of the emoji sequence starting at `i`, or `i` when there is none. Covers skin tones, ZWJ
 * families (`👨‍👩‍👧`), flags (two regional indicators), keycaps (`1️⃣`) and tag flags.
 */
export function emojiSequenceEnd(text: string, i: number): number {
  const first = codePointAt(text, i);
  if (first >= REGIONAL_FIRST && first <= REGIONAL_LAST) {
    const second = codePointAt(text, i + 2);
    return second >= REGIONAL_FIRST && second <= REGIONAL_LAST ? i + 4 : i + 2;
  }
  // Keycaps: a digit, `#` or `*`, then VS16 and U+20E3 (a bare digit is of course not an emoji).
  if ((first >= 0x30 && first <= 0x39) || first === 0x23 || first === 0x2a) {
    const next = text.charCodeAt(i + 1);
    if (next === KEYCAP) return i + 2;
    return next === VS16 && text.charCodeAt(i + 2) === KEYCAP ? i + 3 : i;
  }
  if (!isPictographic(first)) return i;
  // ©, ® and ™ are emoji only when asked to be (VS16); in brand names they are text.
  if (isTextByDefault(first) && text.charCodeAt(i + 1) !== VS16) return i;
  let end = skipModifiers(text, i + width(first));
  while (text.charCodeAt(end) === ZWJ) {
    const next = codePointAt(text, end + 1);
    if (!isPictographic(next)) break;
    end = skipModifiers(text, end + 1 + width(next));
  }
  return end;
}
