import type { NormalisedText, Token } from '../analysis.types';
import { splitHashtag } from './hashtag.splitter';
import { scanText } from './text.tokenizer';
import { normaliseWord } from './word.normaliser';
import type { WordRecord } from './word-record';

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
  startWords(state);
  for (const word of added) state.words.push(word);
}

function addWord(state: WordsInProgress, word: string): void {
  startWords(state);
  state.words.push(word);
}

/** Records the pending boundary, if any, before words are added. */
function startWords(state: WordsInProgress): void {
  const { words, breaks } = state;
  if (state.pendingBreak && words.length > 0 && breaks[breaks.length - 1] !== words.length) breaks.push(words.length);
  state.pendingBreak = false;
}

/**
 * What the analyzer keeps besides the normalisation: for each token, where it starts in the text
 * and, for a word token, the record of the word as written (see `WordForm`).
 */
export interface TextLayout {
  normalised: NormalisedText;
  tokenStarts: readonly number[];
  writtenWords: readonly (WordRecord | undefined)[];
}

/**
 * Tokenises and normalises social-media text into the word sequence classifiers read (see
 * `NormalisedText`). Handles, URLs and punctuation contribute no words; emoji and emoticons go to
 * `signals`; `breaks` records where sentences, lines, links, emoji and hashtags separate words.
 */
export function normaliseText(text: string): NormalisedText {
  return normaliseTextWithLayout(text).normalised;
}

/**
 * `normaliseText` with the token layout the analyzer's parts reuse. Plain loops and functions, no
 * closures: see `TokenSink` in the tokenizer for why.
 */
export function normaliseTextWithLayout(text: string): TextLayout {
  const { tokens, lineBreakBefore, starts, wordForms } = scanText(text);
  const signals: string[] = [];
  const state: WordsInProgress = { words: [], breaks: [], pendingBreak: false };
  const writtenWords = new Array<WordRecord | undefined>(tokens.length);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (lineBreakBefore[index]) state.pendingBreak = true;
    switch (token.kind) {
      case 'word': {
        const form = wordForms[index] ?? normaliseWord(token.raw);
        writtenWords[index] = form.written;
        if (form.onlyWord !== undefined) addWord(state, form.onlyWord);
        else addWords(state, form.words);
        break;
      }
      case 'number':
        addWord(state, token.norm);
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
  const normalised = { tokens, words: state.words, signals, breaks: state.breaks };
  return { normalised, tokenStarts: starts, writtenWords };
}
