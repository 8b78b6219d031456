import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSentimentModel, scoreSentiment } from '../../core/analysis/sentiment';
import { evaluateSentiment, loadSentimentValidationSets } from './evaluate-sentiment';
import { SENTIMENT_MODEL_PATH } from './sentiment-artifact';
import { DATA_ROOT } from './sentiment-data';
import { normaliseForSentiment } from './sentiment-normaliser';

const artifact = JSON.parse(readFileSync(SENTIMENT_MODEL_PATH, 'utf8'));
const model = parseSentimentModel(artifact);
const hasData = existsSync(`${DATA_ROOT}/sentiment/smsa/valid.tsv`);

describe('the shipped sentiment model', () => {
  it('loads and stays small', () => {
    expect(model.version).toBe(artifact.version);
    expect(readFileSync(SENTIMENT_MODEL_PATH).byteLength).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads raw Indonesian and English', () => {
    const read = (text: string) => scoreSentiment(model, normaliseForSentiment(text)).sentiment;
    expect(read('Makanannya enak bangettt, pelayanan ramah 😍')).toBe('positive');
    expect(read('pelayanannya gak ramah, lama banget 😡')).toBe('negative');
  });

  it('scores the same with a warm character cache and carries no lexicon words', () => {
    const text = normaliseForSentiment('Pelayanannya lambat, kecewa berat 😡');
    const first = scoreSentiment(model, text);
    expect(scoreSentiment(model, text)).toEqual(first);
    expect(JSON.stringify(artifact)).not.toMatch(/"(good|terrible|lexicon)"/);
  });

  it.skipIf(!hasData)('reproduces its recorded score on SmSA valid', () => {
    const smsa = loadSentimentValidationSets().find((set) => set.name === 'SmSA valid');
    if (!smsa) throw new Error('SmSA valid missing');
    const report = evaluateSentiment(model, smsa, normaliseForSentiment);
    expect(report.macroF1).toBeCloseTo(artifact.metrics['SmSA valid'].macroF1, 10);
    expect(report.accuracy).toBeCloseTo(artifact.metrics['SmSA valid'].accuracy, 10);
  });
});

if (!hasData) console.warn(`model-artifact.test: ${DATA_ROOT}/sentiment not found, skipping the validation-score check`);
