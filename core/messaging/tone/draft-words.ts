import type { Token } from '../../analysis/analysis.types';
import { splitHashtag } from '../../analysis/text/hashtag.splitter';
import { scanText } from '../../analysis/text/text.tokenizer';
import { normaliseWord } from '../../analysis/text';

/** Stands between words a phrase must not run across (sentence and clause punctuation, line breaks, links). */
export const PHRASE_BREAK = '|';
const BREAKING_PUNCT = /^[.!?;:,()[\]"“”…—–]/;

/**
 * A draft read the way the analysis reads mentions (slang expanded, clitics split, `gak` → `tidak`),
 * with each normalised word remembering the characters it came from, so a phrase found in the
 * words can be highlighted in the draft.
 */
export interface DraftWords {
  text: string;
  tokens: readonly Token[];
  tokenStarts: readonly number[];
  words: readonly string[];
  /** Per word: offsets of the token it came from. */
  wordStarts: readonly number[];
  wordEnds: readonly number[];
}

class WordSink {
  readonly words: string[] = [];
  readonly wordStarts: number[] = [];
  readonly wordEnds: number[] = [];

  push(word: string, start: number, end: number): void {
    this.words.push(word);
    this.wordStarts.push(start);
    this.wordEnds.push(end);
  }

  pushBreak(at: number): void {
    if (this.words.length > 0 && this.words[this.words.length - 1] !== PHRASE_BREAK) this.push(PHRASE_BREAK, at, at);
  }
}

export function readDraftWords(text: string): DraftWords {
  const { tokens, starts, wordForms, lineBreakBefore } = scanText(text);
  const sink = new WordSink();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = starts[i]!;
    const end = start + token.raw.length;
    if (lineBreakBefore[i]) sink.pushBreak(start);
    switch (token.kind) {
      case 'word':
        for (const word of (wordForms[i] ?? normaliseWord(token.raw)).words) sink.push(word, start, end);
        break;
      case 'number':
        sink.push(token.norm, start, end);
        break;
      case 'hashtag':
        // `#MohonMaaf` is an apology and `#SalahSendiri` blame: a hashtag reads as its words.
        sink.pushBreak(start);
        for (const piece of splitHashtag(token.raw.slice(1))) for (const word of normaliseWord(piece).words) sink.push(word, start, end);
        sink.pushBreak(end);
        break;
      case 'punct':
        // `Maaf kak, salah input dari kami` must not read as `kakak salah`.
        if (BREAKING_PUNCT.test(token.raw)) sink.pushBreak(start);
        break;
      default:
        // Links, handles, emoji and emoticons stand apart from the words around them.
        sink.pushBreak(start);
    }
  }
  return { text, tokens, tokenStarts: starts, words: sink.words, wordStarts: sink.wordStarts, wordEnds: sink.wordEnds };
}

/** The normalised words of a lexicon phrase word, so data is written as people write and read as the draft is. */
export function normalisePhraseWord(word: string): readonly string[] {
  return normaliseWord(word).words;
}
