import type { NormalisedText, Token } from '../analysis.types';
import { splitHashtag } from './hashtag.splitter';
import { scanText } from './text.tokenizer';
import { normaliseWord } from './word.normaliser';

/** Tokens whose words stand apart from their neighbours: a phrase never runs across them. */
const BREAKING_PUNCT = /^[.!?;:,()[\]{}"“”«»|/\\…—–•]/;

function hashtagWords(token: Token): string[] {
  const words: string[] = [];
  for (const piece of splitHashtag(token.raw.slice(1))) words.push(...normaliseWord(piece).words);
  return words;
}

/** The words so far and whether a boundary is pending before the next one. */
interface WordsInProgress {
  words: string[];
  breaks: number[];
  pendingBreak: boolean;
}

function addWords(state: WordsInProgress, added: readonly string[]): void {
  if (added.length === 0) return;
  const { words, breaks } = state;
  if (state.pendingBreak && words.length > 0 && breaks[breaks.length - 1] !== words.length) breaks.push(words.length);
  state.pendingBreak = false;
  for (const word of added) words.push(word);
}

/**
 * Tokenises and normalises social-media text into the word sequence classifiers read (see
 * `NormalisedText`). Handles, URLs and punctuation contribute no words; emoji and emoticons go to
 * `signals`; `breaks` records where sentences, lines, links, emoji and hashtags separate words.
 * Plain loops and functions, no closures: see `TokenSink` in the tokenizer for why.
 */
export function normaliseText(text: string): NormalisedText {
  const { tokens, lineBreakBefore, wordForms } = scanText(text);
  const signals: string[] = [];
  const state: WordsInProgress = { words: [], breaks: [], pendingBreak: false };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (lineBreakBefore[index]) state.pendingBreak = true;
    switch (token.kind) {
      case 'word':
        addWords(state, (wordForms[index] ?? normaliseWord(token.raw)).words);
        break;
      case 'number':
        addWords(state, [token.norm]);
        break;
      case 'hashtag':
        state.pendingBreak = true;
        addWords(state, hashtagWords(token));
        state.pendingBreak = true;
        break;
      case 'emoji':
      case 'emoticon':
        signals.push(token.norm);
        state.pendingBreak = true;
        break;
      case 'punct':
        if (BREAKING_PUNCT.test(token.raw)) state.pendingBreak = true;
        break;
      case 'url':
      case 'handle':
        state.pendingBreak = true;
        break;
    }
  }
  return { tokens, words: state.words, signals, breaks: state.breaks };
}
