import { describe, expect, it } from 'vitest';
import { MESSAGING_MESSAGES, describeMessage } from './messages';
import { compilePhrase } from './tone/phrase-pattern';
import { EMPATHY, NEXT_STEP } from './tone/tone-expected.lexicon';
import { ADMISSION, CONFRONTATION, DEFENSIVE, LEGAL_THREAT, PROMISE } from './tone/tone.lexicon';

/** Every leaf key with its interpolation names, so the two locales can be compared. */
function listKeys(node: unknown, prefix = ''): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  if (typeof node === 'string') {
    keys.set(prefix, [...node.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort());
    return keys;
  }
  for (const [name, child] of Object.entries(node as Record<string, unknown>)) {
    for (const [key, params] of listKeys(child, prefix ? `${prefix}.${name}` : name)) keys.set(key, params);
  }
  return keys;
}

describe('MESSAGING_MESSAGES', () => {
  it('has the same keys with the same interpolation values in Indonesian and English', () => {
    const id = listKeys(MESSAGING_MESSAGES.id);
    const en = listKeys(MESSAGING_MESSAGES.en);
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, params] of id) expect(en.get(key), key).toEqual(params);
    expect(id.size).toBeGreaterThan(40);
  });

  it('leaves an unknown value in place rather than printing undefined', () => {
    expect(describeMessage({ key: 'tone.confrontation.explanation', params: {} }, 'en')).toContain('{{phrase}}');
  });
});

describe('tone lexicons', () => {
  it('have Indonesian and English phrases for every rule, and every phrase compiles', () => {
    for (const lexicon of [CONFRONTATION, DEFENSIVE, PROMISE, ADMISSION, LEGAL_THREAT, EMPATHY, NEXT_STEP]) {
      expect(lexicon.id.length).toBeGreaterThan(3);
      expect(lexicon.en.length).toBeGreaterThan(2);
      for (const phrase of [...lexicon.id, ...lexicon.en]) expect(() => compilePhrase(phrase, phrase)).not.toThrow();
    }
  });
});
