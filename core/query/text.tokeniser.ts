import { CLITIC_TAILS } from './clitics';
import { WORD, asciiClass } from './char-class';
import { wordCharWidth } from './text.normalise';

/** Receives tokens in reading order; a callback interface so the ingest path builds its index in one pass. */
export interface TokenSink {
  /** A run of letters and digits. */
  word(token: string): void;
  /**
   * The previous word joined with a hyphenated clitic: `indomie-nya` gives word `indomie`, then
   * joined `indomienya`. The hyphen marks the boundary explicitly, so the word is kept even when it
   * is shorter than the stem minimum (`hp-nya` is about `hp`).
   */
  joined(form: string): void;
  /** `#hashtag` or `@handle`, including its sigil. Its words are reported separately as words too. */
  tag(token: string): void;
}

const HASH = 0x23;
const AT = 0x40;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;

function tagCharWidth(text: string, i: number): number {
  return text.charCodeAt(i) === UNDERSCORE ? 1 : wordCharWidth(text, i);
}

function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    // ASCII inline: this loop runs for nearly every character of every mention.
    const code = text.charCodeAt(end);
    const width = code < 0x80 ? (asciiClass(code) === WORD ? 1 : 0) : wordCharWidth(text, end);
    if (width === 0) return end;
    end += width;
  }
}

/** End of a tag body; handles may contain inner dots (`@budi.santoso`) but not a sentence's full stop. */
function tagEnd(text: string, start: number, allowDots: boolean): number {
  let end = start;
  for (;;) {
    const width = tagCharWidth(text, end);
    if (width > 0) end += width;
    else if (allowDots && text.charCodeAt(end) === DOT && tagCharWidth(text, end + 1) > 0) end += 1;
    else return end;
  }
}

/** Reads the word at `start` (and a hyphenated clitic after it) and returns where scanning resumes. */
function readWord(text: string, start: number, sink: TokenSink): number {
  const end = wordEnd(text, start);
  const word = text.slice(start, end);
  sink.word(word);
  if (text.charCodeAt(end) !== HYPHEN) return end;
  const tailEnd = wordEnd(text, end + 1);
  const tail = text.slice(end + 1, tailEnd);
  if (!CLITIC_TAILS.has(tail)) return end;
  sink.joined(word + tail);
  return tailEnd;
}

/**
 * Splits already-normalised text into words and tags. Everything that is not a letter or digit
 * separates words; `#` and `@` start a tag only at the start of a word, so `budi@mail.com` is words.
 */
export function tokenise(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  let afterWord = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? asciiClass(code) === WORD : wordCharWidth(text, i) > 0) {
      i = readWord(text, i, sink);
      afterWord = true;
      continue;
    }
    if ((code === HASH || code === AT) && !afterWord && tagCharWidth(text, i + 1) > 0) {
      sink.tag(text.slice(i, tagEnd(text, i + 1, code === AT)));
    }
    // The tag body is scanned again as ordinary words, so `#indomie_enak` also yields `indomie`, `enak`.
    i += 1;
    afterWord = false;
  }
}
