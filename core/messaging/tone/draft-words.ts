import type { Token } from '../../analysis/analysis.types';
import { scanText } from '../../analysis/text/text.tokenizer';
import { normaliseWord } from '../../analysis/text';

/**
 * A draft read the way the analysis reads mentions (slang expanded, clitics split, `gak` → `tidak`),
 * with each normalised word remembering the characters it came from, so a phrase found in the
 * words can be highlighted in the draft.
 */
/** Stands between words a phrase must not run across (sentence and clause punctuation, line breaks, links). */
export const PHRASE_BREAK = '|';
const BREAKING_PUNCT = /^[.!?;:,()[\]"“”…—–]/;

export interface DraftWords {
  text: string;
  tokens: readonly Token[];
  tokenStarts: readonly number[];
  words: readonly string[];
  /** Per word: offsets of the token it came from. */
  wordStarts: readonly number[];
  wordEnds: readonly number[];
}

export function readDraftWords(text: string): DraftWords {
  const { tokens, starts, wordForms, lineBreakBefore } = scanText(text);
  const words: string[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = starts[i]!;
    const end = start + token.raw.length;
    if (lineBreakBefore[i] && words.length > 0) {
      words.push(PHRASE_BREAK);
      wordStarts.push(start);
      wordEnds.push(start);
    }
    if (token.kind === 'word') {
      const form = wordForms[i] ?? normaliseWord(token.raw);
      for (const word of form.words) {
        words.push(word);
        wordStarts.push(start);
        wordEnds.push(end);
      }
    } else if (token.kind === 'punct' || token.kind === 'url' || token.kind === 'emoji') {
      // `Maaf kak, salah input dari kami` must not read as `kakak salah`.
      if (token.kind !== 'punct' || BREAKING_PUNCT.test(token.raw)) {
        words.push(PHRASE_BREAK);
        wordStarts.push(start);
        wordEnds.push(end);
      }
    } else if (token.kind === 'number' || token.kind === 'hashtag') {
      // Hashtags count as their text so `#kamiMintaMaaf` is not an apology missed; numbers as written.
      words.push(token.kind === 'hashtag' ? token.norm.slice(1) : token.norm);
      wordStarts.push(start);
      wordEnds.push(end);
    }
  }
  return { text, tokens, tokenStarts: starts, words, wordStarts, wordEnds };
}

/** The normalised words of a lexicon phrase word, so data is written as people write and read as the draft is. */
export function normalisePhraseWord(word: string): readonly string[] {
  return normaliseWord(word).words;
}
