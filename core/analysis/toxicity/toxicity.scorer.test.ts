import { describe, expect, it } from 'vitest';
import { TOXIC_TERMS } from './toxicity.lexicon';
import { scoreToxicity } from './toxicity.scorer';
import { tokenizeForToxicity } from './toxicity.tokens';

const score = (text: string) => scoreToxicity(undefined, text);

describe('scoreToxicity', () => {
  it('is zero for clean complaints', () => {
    for (const text of ['produknya jelek, kecewa banget', 'pelayanan buruk sekali', 'the delivery was late again', '']) {
      expect(score(text)).toEqual({ toxicity: 0, labels: [] });
    }
  });

  it('keeps exclamations like anjir low and unlabelled', () => {
    for (const text of ['anjir keren banget', 'anjing keren banget sih', 'jancuk enak tenan']) {
      const result = score(text);
      expect(result.toxicity).toBeLessThan(0.15);
      expect(result.labels).toEqual([]);
    }
  });

  it('scores a targeted insult above the same word said in the air', () => {
    const alone = score('goblok').toxicity;
    for (const text of ['kamu goblok', 'lu tolol banget', 'dasar goblok', 'you idiot']) {
      const result = score(text);
      expect(result.toxicity).toBeGreaterThan(alone);
      expect(result.labels).toContain('insult');
    }
  });

  it('catches obfuscated spellings', () => {
    for (const text of ['anj1ng lu', 'a*njing', 'b4ngs4t', 'f*ck this', 'sh*t service', 'b.a.n.g.s.a.t', 'goblooook', '#DasarGoblok']) {
      expect(score(text).toxicity, text).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('labels profanity, hate and threats', () => {
    expect(score('bangsat').labels).toEqual(['profanity']);
    expect(score('dasar cina').labels).toEqual(['hate']);
    expect(score('gue bunuh lu').labels).toEqual(['threat']);
    expect(score('I will kill you').labels).toEqual(['threat']);
    expect(score('rumahnya dibakar, awas gue bakar kantor lu').labels).toContain('threat');
  });

  it('reads affixed threat verbs through their root', () => {
    expect(score('mau dibunuh').labels).toEqual(['threat']);
    expect(score('bunuhin aja').labels).toEqual(['threat']);
  });

  it('leaves literal uses of context-dependent words alone', () => {
    for (const text of ['ayam bakar enak', 'daging babi', 'aku suka makan di restoran cina', 'asuransi mobil', 'harga bom diskon']) {
      expect(score(text).toxicity, text).toBe(0);
    }
  });

  it('combines several terms to a higher score, staying below 1', () => {
    const one = score('tolol').toxicity;
    const many = score('tolol bangsat kontol lu').toxicity;
    expect(many).toBeGreaterThan(one);
    expect(many).toBeLessThan(1);
  });

  it('uses strong terms found only in the normalised words (split hashtags)', () => {
    const normalised = { tokens: [], words: ['dasar', 'bajingan'], signals: [] };
    expect(scoreToxicity(normalised, '#dasarBjgn').labels).toEqual(['insult']);
  });

  it('does not take `anjing` from the normaliser when the raw text said `anjir`', () => {
    const normalised = { tokens: [], words: ['anjing', 'keren'], signals: [] };
    expect(scoreToxicity(normalised, 'anjir keren').toxicity).toBeLessThan(0.15);
  });
});

describe('toxicity lexicon', () => {
  it('has weights in (0, 1) and every label', () => {
    const labels = new Set<string>();
    for (const [term, entry] of TOXIC_TERMS) {
      expect(entry.weight, term).toBeGreaterThan(0);
      expect(entry.weight, term).toBeLessThan(1);
      expect(term).toBe(term.toLowerCase().trim());
      labels.add(entry.label);
    }
    expect([...labels].sort()).toEqual(['hate', 'insult', 'profanity', 'threat']);
  });
});

describe('tokenizeForToxicity', () => {
  it('undoes leetspeak only inside words and drops handles and URLs', () => {
    expect(tokenizeForToxicity('@brand b4ngs4t 2024 https://x.co').map((t) => t.key)).toEqual(['bangsat', '2024']);
  });
});
