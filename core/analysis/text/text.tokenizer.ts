import type { Token, TokenKind } from '../analysis.types';
import { wordCharWidth as queryWordCharWidth } from '../../query/text.normalise';
import { EMOTICONS, EMOTICONS_BY_FIRST_CHAR } from './emoticons';
import { emojiSequenceEnd } from './emoji';
import { type WordForm, normaliseWord } from './word.normaliser';
import { normaliseQueryText } from '../../query/text.normalise';

/**
 * Tokens plus, for each token, whether a line break came just before it (a phrase boundary), where
 * it starts in the text and, for word tokens, the word's cached normalisation, so the normaliser
 * need not look each word up again.
 */
export interface ScannedText {
  tokens: Token[];
  lineBreakBefore: boolean[];
  starts: number[];
  wordForms: (WordForm | undefined)[];
}

const HASH = 0x23;
const AT = 0x40;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

const URL_START = /(?:https?:\/\/|www\.)/iy;
const LOWER_H = 0x68;
const UPPER_H = 0x48;
const LOWER_W = 0x77;
const UPPER_W = 0x57;
// Bare links people type without a scheme (`bit.ly/abc`, `tokoku.co.id`); the TLD list keeps
// `enak.banget` a pair of words.
const BARE_DOMAIN =
  /[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|id|co|net|org|io|ly|me|gl|gov|ac|sch|my|info|biz|app|dev|link|xyz|tv|gg|to|be|in|us|uk|sg)(?:\/\S*)?(?![\p{L}\p{N}])/iuy;
const URL_TRAILING_PUNCT = /[.,!?;:)\]}'"»”’]+$/;
const DIGITS_ONLY = /^\d+(?:[.,]\d+)*$/;
const SPACE = /\s/;

/**
 * `wordCharWidth` of the query normaliser, with ASCII answered from a table built from it: the
 * tokenizer asks about nearly every character, and most are ASCII.
 */
const ASCII_WORD_WIDTH = Uint8Array.from({ length: 0x80 }, (_, code) => queryWordCharWidth(String.fromCharCode(code), 0));

function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 0x80 ? ASCII_WORD_WIDTH[code]! : queryWordCharWidth(text, i);
}

/** `EMOTICONS_BY_FIRST_CHAR` for ASCII as an array: it is asked at the start of nearly every token. */
const ASCII_EMOTICONS: (readonly string[] | undefined)[] = Array.from({ length: 0x80 }, (_, code) => EMOTICONS_BY_FIRST_CHAR.get(code));

function emoticonsStartingWith(code: number): readonly string[] | undefined {
  return code < 0x80 ? ASCII_EMOTICONS[code] : EMOTICONS_BY_FIRST_CHAR.get(code);
}

function isSpace(code: number, text: string, i: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0x80) return false;
  // Zero-width space and joiners sit between words in pasted text; they separate like spaces.
  return code === 0x200b || code === 0xfeff || SPACE.test(text[i] ?? '');
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && wordCharWidth(text, i) > 0;
}

function wordCharsEnd(text: string, start: number): number {
  let end = start;
  for (let width = wordCharWidth(text, end); width > 0; width = wordCharWidth(text, end)) end += width;
  return end;
}

/** End of a word: letters and digits, joined across inner apostrophes (`don't`) and hyphens (`kecewa-kecewa`). */
function wordEnd(text: string, start: number): number {
  let end = wordCharsEnd(text, start);
  for (;;) {
    const code = text.charCodeAt(end);
    const joins = code === HYPHEN || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
    if (!joins || !isWordAt(text, end + 1)) return end;
    end = wordCharsEnd(text, end + 1);
  }
}

/** End of a number: digits with inner thousands or decimal separators (`10.000`, `3,5`). */
function numberEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    while (text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    const code = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    if ((code === DOT || code === COMMA) && next >= 0x30 && next <= 0x39) end++;
    else return end;
  }
}

function tagEnd(text: string, start: number, allowDots: boolean): number {
  let end = start;
  for (;;) {
    const width = text.charCodeAt(end) === UNDERSCORE ? 1 : wordCharWidth(text, end);
    if (width > 0) end += width;
    else if (allowDots && text.charCodeAt(end) === DOT && isWordAt(text, end + 1)) end += 1;
    else return end;
  }
}

function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function urlEnd(text: string, start: number, end: number): number {
  const trailing = URL_TRAILING_PUNCT.exec(text.slice(start, end));
  return trailing ? end - trailing[0].length : end;
}

function emoticonAt(text: string, i: number): string | undefined {
  const candidates = emoticonsStartingWith(text.charCodeAt(i));
  if (!candidates || isWordAt(text, i - 1)) return undefined;
  for (const form of candidates) {
    if (!text.startsWith(form, i)) continue;
    let end = i + form.length;
    // A repeated mouth (`:((((`, `:)))`) is the same emoticon, emphasised.
    const last = form.charCodeAt(form.length - 1);
    while (text.charCodeAt(end) === last) end++;
    if (!isWordAt(text, end)) return text.slice(i, end);
  }
  return undefined;
}

function punctEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  let end = start + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  // `!!!` and `...` are one token each.
  if (code < 0x80) while (text.charCodeAt(end) === code) end++;
  return end;
}

/**
 * Tokens as they are scanned. A class rather than a closure over locals: the tsx loader wraps every
 * closure in a naming call (`keepNames`), measured at about 350 ns per creation, once per text here.
 */
class TokenSink implements ScannedText {
  readonly tokens: Token[] = [];
  readonly lineBreakBefore: boolean[] = [];
  readonly starts: number[] = [];
  readonly wordForms: (WordForm | undefined)[] = [];
  lineBreak = false;

  push(start: number, kind: TokenKind, raw: string, norm: string, wordForm?: WordForm): void {
    this.tokens.push({ kind, raw, norm });
    this.lineBreakBefore.push(this.lineBreak);
    this.starts.push(start);
    this.wordForms.push(wordForm);
    this.lineBreak = false;
  }
}

/** `Rp` or `rp` written straight before a digit. */
function isRupiahPrefix(text: string, i: number): boolean {
  const digit = text.charCodeAt(i + 2);
  return (text.charCodeAt(i) | 0x20) === 0x72 && (text.charCodeAt(i + 1) | 0x20) === 0x70 && digit >= 0x30 && digit <= 0x39;
}

/** Whether a link may start with this character: `URL_START` is only tried where it can match. */
function mayStartUrl(code: number): boolean {
  return code === LOWER_H || code === LOWER_W || code === UPPER_H || code === UPPER_W;
}

/** Tokens of `text` in reading order, with line-break positions kept for phrase boundaries. */
export function scanText(text: string): ScannedText {
  const out = new TokenSink();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code, text, i)) {
      if (code === NEWLINE) out.lineBreak = true;
      i++;
      continue;
    }
    const afterWord = isWordAt(text, i - 1);
    if (!afterWord && mayStartUrl(code)) {
      let end = matchAt(URL_START, text, i);
      if (end >= 0) {
        while (end < n && !isSpace(text.charCodeAt(end), text, end)) end++;
        end = urlEnd(text, i, end);
        out.push(i, 'url', text.slice(i, end), text.slice(i, end).toLowerCase());
        i = end;
        continue;
      }
    }
    if ((code === HASH || code === AT) && !afterWord) {
      const end = tagEnd(text, i + 1, code === AT);
      const body = text.slice(i + 1, end);
      if (body !== '' && !(code === HASH && DIGITS_ONLY.test(body))) {
        const raw = text.slice(i, end);
        out.push(i, code === HASH ? 'hashtag' : 'handle', raw, (code === HASH ? '#' : '@') + normaliseQueryText(body));
        i = end;
        continue;
      }
    }
    const emojiEnd = emojiSequenceEnd(text, i);
    if (emojiEnd > i) {
      const raw = text.slice(i, emojiEnd);
      out.push(i, 'emoji', raw, stripEmojiModifiers(raw));
      i = emojiEnd;
      continue;
    }
    const emoticon = emoticonAt(text, i);
    if (emoticon !== undefined) {
      out.push(i, 'emoticon', emoticon, canonicalEmoticon(emoticon));
      i += emoticon.length;
      continue;
    }
    if (wordCharWidth(text, i) > 0) {
      if (code >= 0x30 && code <= 0x39) {
        const end = numberEnd(text, i);
        if (!isWordAt(text, end) && text.charCodeAt(end) !== HYPHEN) {
          const raw = text.slice(i, end);
          out.push(i, 'number', raw, raw);
          i = end;
          continue;
        }
      }
      if ((code | 0x20) === 0x72 && !afterWord && isRupiahPrefix(text, i)) {
        // `Rp10.000` is the currency and an amount, not the word `rp10`.
        const raw = text.slice(i, i + 2);
        const form = normaliseWord(raw);
        out.push(i, 'word', raw, form.surface, form);
        i += 2;
        continue;
      }
      const end = wordEnd(text, i);
      if (!afterWord && text.charCodeAt(end) === DOT) {
        const domainEnd = matchAt(BARE_DOMAIN, text, i);
        if (domainEnd > end) {
          const urlStop = urlEnd(text, i, domainEnd);
          out.push(i, 'url', text.slice(i, urlStop), text.slice(i, urlStop).toLowerCase());
          i = urlStop;
          continue;
        }
      }
      const raw = text.slice(i, end);
      const form = normaliseWord(raw);
      out.push(i, 'word', raw, form.surface, form);
      i = end;
      continue;
    }
    const end = punctEnd(text, i);
    const raw = text.slice(i, end);
    out.push(i, 'punct', raw, raw.charCodeAt(0) < 0x80 ? (raw[0] ?? raw) : raw);
    i = end;
  }
  return { tokens: out.tokens, lineBreakBefore: out.lineBreakBefore, starts: out.starts, wordForms: out.wordForms };
}

/** Splits social-media text into typed tokens: words, hashtags, handles, URLs, emoji, emoticons, numbers, punctuation. */
export function tokenizeText(text: string): Token[] {
  return scanText(text).tokens;
}

function canonicalEmoticon(raw: string): string {
  const exact = EMOTICONS.get(raw);
  if (exact !== undefined) return exact;
  // A repeated mouth: look the emoticon up without the repeats.
  let base = raw;
  while (base.length > 2 && base.charCodeAt(base.length - 1) === base.charCodeAt(base.length - 2)) base = base.slice(0, -1);
  return EMOTICONS.get(base) ?? raw;
}

// A keycap keeps its selector (`1️⃣`); elsewhere the selector only picks a presentation.
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F(?!\u20E3)/gu;

/** The emoji without skin tones and presentation selectors: `👍🏽` and `👍` are one signal. */
function stripEmojiModifiers(raw: string): string {
  const stripped = raw.replace(EMOJI_MODIFIERS, '');
  return stripped === '' ? raw : stripped;
}
