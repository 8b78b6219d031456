import { describe, expect, it } from 'vitest';
import { createTextAnalyzer } from './analyze-text';
import { DEFAULT_CATEGORY_RULES, classifyCategories } from './categories';
import { computeClusterKey } from './cluster';
import { detectLanguage } from './language';
import { extractKeyPhrases } from './phrases';
import { buildTestModel } from './sentiment/sentiment-test-model';
import { detectSpam } from './spam';
import { normaliseText } from './text';
import { countFactsOffRecord, recordGeneration } from './text/word-record';
import { scoreToxicity } from './toxicity';

const TEXTS = [
  'Paket saya sudah dua minggu belum sampai juga, kurirnya tidak bisa dihubungi #KecewaBerat',
  'Makanannya enak banget!!! recommended 👍 @tokoku https://bit.ly/abc',
  'lu tolol banget sih, dasar goblok. anjir keren sih ini',
  'beli beli beli beli beli beli beli sekarang juga promo promo diskon 50% wa 0812-3456-7890',
  'The service was slow and the staff were rude. Not coming back.',
  'RT @user: data pelanggan bocor lagi?? akun saya dibobol #DataBocor #DataBocor',
  'wkwkwk',
  '',
  '2024 10.000',
];

describe('createTextAnalyzer', () => {
  // The analyzer shares work between the parts (word records, the token layout); it must answer
  // exactly as the parts do on their own.
  it('gives what the parts give on their own', () => {
    const analyzer = createTextAnalyzer({ sentimentModel: buildTestModel({}) });
    for (const text of TEXTS) {
      // Twice: the second analysis reads the facts worked out during the first.
      for (let pass = 0; pass < 2; pass++) {
        const normalised = normaliseText(text);
        const analysis = analyzer.analyze(text);
        expect(analysis.language).toBe(detectLanguage(text, normalised).language);
        expect(analysis.categories).toEqual(classifyCategories(normalised, DEFAULT_CATEGORY_RULES));
        expect(analysis.toxicity).toBe(scoreToxicity(normalised, text).toxicity);
        expect(analysis.spam).toBe(detectSpam(normalised, text).spam);
        expect(analysis.clusterKey).toBe(computeClusterKey(normalised));
        expect(analysis.keyPhrases).toEqual(extractKeyPhrases(normalised));
      }
    }
  });

  it("keeps every part's word facts on the words' records, none in maps of their own", () => {
    const analyzer = createTextAnalyzer({ sentimentModel: buildTestModel({}) });
    for (const text of TEXTS) analyzer.analyze(text);
    expect(countFactsOffRecord()).toBe(0);
  });

  it('answers the same after the word records have started afresh', () => {
    const analyzer = createTextAnalyzer({ sentimentModel: buildTestModel({}) });
    const before = TEXTS.map((text) => analyzer.analyze(text));
    const generation = recordGeneration();
    // Enough distinct words to fill the record map, so that it is cleared.
    for (let chunk = 0; chunk < 30; chunk++) {
      analyzer.analyze(
        Array.from({ length: 2_000 }, (_, i) => `kata${chunk}x${i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)).join(' '),
      );
    }
    expect(recordGeneration()).toBeGreaterThan(generation);
    expect(TEXTS.map((text) => analyzer.analyze(text))).toEqual(before);
  });
});
