export { tokenizeText } from './text.tokenizer';
export { normaliseText } from './text.normaliser';
export { normaliseWord } from './word.normaliser';
export type { WordNormalisation } from './word.normaliser';
export { STOP_WORDS, NEGATIONS, isStopWord, isNegation } from './stopwords';
export { SLANG_LEXICON, SLANG_ENTRIES, SLANG_CLASSES, lookupSlang } from './slang-lexicon';
export type { SlangClass, SlangEntry } from './slang-lexicon';
export { KNOWN_WORDS, isKnownWord } from './known-words';
