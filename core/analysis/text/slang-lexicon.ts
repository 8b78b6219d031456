import { SLANG_LEXICON_DATA } from './slang-lexicon.data';

export type SlangClass = 'abbrev' | 'informal' | 'slang' | 'english' | 'regional' | 'religious' | 'profanity';

export const SLANG_CLASSES: readonly SlangClass[] = ['abbrev', 'informal', 'slang', 'english', 'regional', 'religious', 'profanity'];

export interface SlangEntry {
  slang: string;
  /** The standard form, one or more lower-case words separated by single spaces. */
  standard: string;
  /** `standard` split into words, precomputed because expansion runs for every matching token. */
  words: readonly string[];
  class: SlangClass;
}

const HEADER = /^\[([a-z]+)\]$/;
const ENTRY = /^(\S+) = (\S.*)$/;

function isSlangClass(s: string): s is SlangClass {
  return (SLANG_CLASSES as readonly string[]).includes(s);
}

/** Every entry in file order, duplicates included, so tests can check the data itself. */
export function parseSlangLexicon(data: string): SlangEntry[] {
  const entries: SlangEntry[] = [];
  let current: SlangClass | undefined;
  for (const rawLine of data.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = HEADER.exec(line);
    if (header) {
      const name = header[1] ?? '';
      if (!isSlangClass(name)) throw new Error(`unknown slang class [${name}]`);
      current = name;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry || current === undefined) throw new Error(`malformed slang lexicon line: ${line}`);
    const standard = entry[2] ?? '';
    entries.push({ slang: entry[1] ?? '', standard, words: standard.split(' '), class: current });
  }
  return entries;
}

export const SLANG_ENTRIES: readonly SlangEntry[] = parseSlangLexicon(SLANG_LEXICON_DATA);

/** Slang form → entry; the first entry wins should the data ever hold a duplicate (a test forbids it). */
export const SLANG_LEXICON: ReadonlyMap<string, SlangEntry> = new Map(
  [...SLANG_ENTRIES].reverse().map((entry) => [entry.slang, entry] as const),
);

export function lookupSlang(word: string): SlangEntry | undefined {
  return SLANG_LEXICON.get(word);
}
