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

/**
 * Tokenises and normalises social-media text into the word sequence classifiers read (see
 * `NormalisedText`). Handles, URLs and punctuation contribute no words; emoji and emoticons go to
 * `signals`; `breaks` records where sentences, lines, links, emoji and hashtags separate words.
 */
export function normaliseText(text: string): NormalisedText {
  const { tokens, lineBreakBefore } = scanText(text);
  const words: string[] = [];
  const signals: string[] = [];
  const breaks: number[] = [];
  let pendingBreak = false;
  const addWords = (added: readonly string[]): void => {
    if (added.length === 0) return;
    if (pendingBreak && words.length > 0 && breaks[breaks.length - 1] !== words.length) breaks.push(words.length);
    pendingBreak = false;
    for (const word of added) words.push(word);
  };
  tokens.forEach((token, index) => {
    if (lineBreakBefore[index]) pendingBreak = true;
    switch (token.kind) {
      case 'word':
        addWords(normaliseWord(token.raw).words);
        return;
      case 'number':
        addWords([token.norm]);
        return;
      case 'hashtag':
        pendingBreak = true;
        addWords(hashtagWords(token));
        pendingBreak = true;
        return;
      case 'emoji':
      case 'emoticon':
        signals.push(token.norm);
        pendingBreak = true;
        return;
      case 'punct':
        if (BREAKING_PUNCT.test(token.raw)) pendingBreak = true;
        return;
      case 'url':
      case 'handle':
        pendingBreak = true;
        return;
    }
  });
  return { tokens, words, signals, breaks };
}
