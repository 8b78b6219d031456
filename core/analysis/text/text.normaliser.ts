import type { NormalisedText, Token } from '../analysis.types';
import { splitHashtag } from './hashtag.splitter';
import { scanText } from './text.tokenizer';
import { type WordForm, normaliseWord, onlyRecordOf, recordsOfForm } from './word.normaliser';
import { type WordRecord, recordOf, startTextRecords } from './word-record';

/** Tokens whose words stand apart from their neighbours: a phrase never runs across them. */
const BREAKING_PUNCT = /^[.!?;:,()[\]{}"“”«»|/\\…—–•]/;

/** The words so far, their records, and whether a boundary is pending before the next one. */
interface WordsInProgress {
  words: string[];
  records: WordRecord[];
  breaks: number[];
  pendingBreak: boolean;
}

/** Adds a word form's words and their records. */
function addForm(state: WordsInProgress, form: WordForm): void {
  if (form.onlyWord !== undefined) {
    startWords(state);
    state.words.push(form.onlyWord);
    state.records.push(onlyRecordOf(form));
    return;
  }
  const { words } = form;
  if (words.length === 0) return;
  startWords(state);
  const records = recordsOfForm(form);
  for (let i = 0; i < words.length; i++) {
    state.words.push(words[i]!);
    state.records.push(records[i]!);
  }
}

function addWord(state: WordsInProgress, word: string): void {
  startWords(state);
  state.words.push(word);
  state.records.push(recordOf(word));
}

function addHashtag(state: WordsInProgress, token: Token): void {
  for (const piece of splitHashtag(token.raw.slice(1))) addForm(state, normaliseWord(piece));
}

/** Records the pending boundary, if any, before words are added. */
function startWords(state: WordsInProgress): void {
  const { words, breaks } = state;
  if (state.pendingBreak && words.length > 0 && breaks[breaks.length - 1] !== words.length) breaks.push(words.length);
  state.pendingBreak = false;
}

/** Room made in the record map for one text's new words (`startTextRecords`); a longer text may overfill it until the next text. */
const RECORD_ROOM = 2_000;

/**
 * What the analyzer keeps besides the normalisation: for each token, where it starts in the text
 * and, for a word token, the record of the word as written (see `WordForm`).
 */
export interface TextLayout {
  normalised: NormalisedText;
  /** The records of `normalised.words`, in order (see `word-record.ts`). */
  records: readonly WordRecord[];
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
  startTextRecords(Math.min(text.length, RECORD_ROOM));
  const { tokens, lineBreakBefore, starts, wordForms } = scanText(text);
  const signals: string[] = [];
  const state: WordsInProgress = { words: [], records: [], breaks: [], pendingBreak: false };
  const writtenWords = new Array<WordRecord | undefined>(tokens.length);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (lineBreakBefore[index]) state.pendingBreak = true;
    switch (token.kind) {
      case 'word': {
        const form = wordForms[index] ?? normaliseWord(token.raw);
        writtenWords[index] = form;
        addForm(state, form);
        break;
      }
      case 'number':
        addWord(state, token.norm);
        break;
      case 'hashtag':
        state.pendingBreak = true;
        addHashtag(state, token);
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
  return { normalised, records: state.records, tokenStarts: starts, writtenWords };
}
