/*
 * `npx tsx training/sentiment/cross-validate.ts`: 5-fold cross-validation on SmSA train for the shipped
 * configuration, to show how the class offsets (tuned on SmSA valid) carry over to texts they were not
 * tuned on. Each fold trains on the other four (plus the shipped extra sources), tunes offsets on SmSA
 * valid as the shipped pipeline does, and reports macro-F1 on the held-out fold with and without them.
 */
import { SENTIMENTS } from '../../core/analysis/analysis.types';
import { parseSentimentModel } from '../../core/analysis/sentiment/sentiment-model';
import { buildSentimentModel, predictAll } from './build-sentiment-model';
import { measureClassification } from './classification-metrics';
import { createRandom, shuffleInPlace } from './seeded-random';
import { loadSmsa } from './sentiment-data';
import { normaliseForSentiment } from './sentiment-normaliser';
import { SHIPPED_CONFIG, loadModelLexicon, loadTrainingSources } from './shipped-config';

const FOLDS = 5;
const smsaTrain = loadSmsa('train');
const smsaValid = loadSmsa('valid');
const others = loadTrainingSources().filter((source) => source.name !== 'SmSA train');
const lexicon = loadModelLexicon();
const order = smsaTrain.map((_, i) => i);
shuffleInPlace(order, createRandom(SHIPPED_CONFIG.seed));
const scores: { plain: number; offsets: number }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const held = order.filter((_, k) => k % FOLDS === fold).map((i) => smsaTrain[i]!);
  const kept = order.filter((_, k) => k % FOLDS !== fold).map((i) => smsaTrain[i]!);
  const { artifact } = buildSentimentModel(
    SHIPPED_CONFIG,
    [{ name: 'SmSA train', texts: kept, weight: 1 }, ...others],
    lexicon,
    smsaValid,
    normaliseForSentiment,
  );
  const gold = held.map((t) => t.label);
  const withOffsets = parseSentimentModel(JSON.parse(JSON.stringify(artifact)));
  const plain = parseSentimentModel(JSON.parse(JSON.stringify({ ...artifact, offsets: undefined })));
  const score = {
    plain: measureClassification(gold, predictAll(plain, held, normaliseForSentiment)).macroF1,
    offsets: measureClassification(gold, predictAll(withOffsets, held, normaliseForSentiment)).macroF1,
  };
  scores.push(score);
  console.log(
    `fold ${fold + 1}: n=${held.length} offsets ${JSON.stringify(artifact.offsets)} macro-F1 without ${score.plain.toFixed(4)} with ${score.offsets.toFixed(4)}`,
  );
}
const mean = (k: 'plain' | 'offsets') => scores.reduce((sum, s) => sum + s[k], 0) / scores.length;
console.log(
  `mean macro-F1 over ${FOLDS} folds (${SENTIMENTS.join('/')}): without offsets ${mean('plain').toFixed(4)}, with ${mean('offsets').toFixed(4)}`,
);
