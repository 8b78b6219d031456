import { KNOWN_WORDS_DATA } from './known-words.data';
import { SLANG_ENTRIES } from './slang-lexicon';
import { NEGATIONS, STOP_WORDS } from './stopwords';

function buildKnownWords(): Set<string> {
  const known = new Set(KNOWN_WORDS_DATA.split(/\s+/).filter((word) => word !== ''));
  for (const entry of SLANG_ENTRIES) for (const word of entry.words) known.add(word);
  for (const word of STOP_WORDS) known.add(word);
  for (const word of NEGATIONS) known.add(word);
  return known;
}

/** Standard words: our list, every word of the lexicon's standard forms, stop words and negations. */
export const KNOWN_WORDS: ReadonlySet<string> = buildKnownWords();

export function isKnownWord(word: string): boolean {
  return KNOWN_WORDS.has(word);
}
