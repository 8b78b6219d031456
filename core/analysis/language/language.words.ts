import type { NormalisedText } from '../analysis.types';

/** The word tokens of a text, lower-cased, letters only, runs of 3+ equal letters squeezed. */
export interface LanguageWords {
  words: string[];
  /** Letters outside the Latin alphabet (Arabic, Han, Cyrillic, Thai…). */
  otherScriptLetters: number;
  latinLetters: number;
}

/** Squeezes runs of three or more equal letters to one (`bangeeet` → `banget`, `good` stays). */
export function squeezeRuns(word: string): string {
  if (!hasRunOfThree(word)) return word;
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    run = i > 0 && word[i - 1] === c ? run + 1 : 1;
    if (run === 1) out += c;
    else if (run === 2) {
      // Keep a double letter unless the run turns out longer.
      if (word[i + 1] !== c) out += c;
    }
  }
  return out;
}

function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** The language word of a word token: its folded form with letters a–z and apostrophes only, runs squeezed. */
export function languageWordOfToken(norm: string): string {
  return squeezeRuns(norm.toLowerCase().replace(/[^a-z']/g, ''));
}

/** Splits raw text into lower-case Latin words, skipping URLs, handles and hashtags. */
export function extractLanguageWords(text: string, normalised?: NormalisedText): LanguageWords {
  const words: string[] = [];
  let otherScriptLetters = 0;
  let latinLetters = 0;
  if (normalised) {
    for (const token of normalised.tokens) {
      if (token.kind !== 'word') continue;
      const w = languageWordOfToken(token.norm);
      latinLetters += w.length;
      if (w.length > 0) words.push(w);
      else otherScriptLetters += token.raw.length;
    }
    return { words, otherScriptLetters, latinLetters };
  }
  // Accents only matter in non-ASCII text: strip them once for the whole text.
  const lower = text.toLowerCase();
  const source = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
  let start = -1;
  let skipping = false;
  const flush = (end: number): void => {
    if (start >= 0) {
      // Drop a trailing apostrophe (`guys'`).
      const stop = source.charCodeAt(end - 1) === 39 ? end - 1 : end;
      if (stop > start) words.push(squeezeRuns(source.slice(start, stop)));
    }
    start = -1;
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code <= 32) {
      flush(i);
      skipping = false;
      continue;
    }
    if (skipping) continue;
    if (code >= 97 && code <= 122) {
      if (start < 0) {
        // URLs say nothing about the language of the sentence.
        if ((code === 104 && source.startsWith('http', i)) || (code === 119 && source.startsWith('www.', i))) {
          skipping = true;
          continue;
        }
        start = i;
      }
      latinLetters++;
    } else if (code === 39 && start >= 0) {
      continue;
    } else {
      // Handles and hashtags are names, not language.
      if (start < 0 && (code === 64 || code === 35)) {
        skipping = true;
        continue;
      }
      flush(i);
      if (code >= 0xc0 && LETTER.test(source[i]!)) otherScriptLetters++;
    }
  }
  flush(source.length);
  return { words, otherScriptLetters, latinLetters };
}

const NON_ASCII = /[^ -~\s]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LETTER = /\p{L}/u;

/** Trigrams of a word with `^`/`$` edge marks (`kok` → `^ko`, `kok`, `ok$`). */
export function wordTrigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}
