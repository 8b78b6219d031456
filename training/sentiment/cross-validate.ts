/*
 * `npx tsx training/sentiment/cross-validate.ts`: 5-fold cross-validation on SmSA train for the shipped
 * configuration. Each fold trains on the other four (plus the shipped extra sources) and is scored on the
 * held-out fold, without class offsets and with offsets tuned on SmSA valid in that fold, to show how
 * offsets tuned on valid carry over (the shipped offsets are fitted on out-of-fold SmSA train predictions;
 * `npm run train:sentiment` prints those figures).
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
const others = loadTrainingSources().filter((source) => !source.crossFit);
const lexicon = loadModelLexicon();
// Tuned on SmSA valid in each fold: the configuration's grid without cross-fitting.
const config = { ...SHIPPED_CONFIG, offsets: { range: 1.5, step: 0.05 } };
// The same split as the shipped cross-fitted offsets.
const order = smsaTrain.map((_, i) => i);
shuffleInPlace(order, createRandom(SHIPPED_CONFIG.seed));
const scores: { plain: number; offsets: number }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const held = order.filter((_, k) => k % FOLDS === fold).map((i) => smsaTrain[i]!);
  const kept = order.filter((_, k) => k % FOLDS !== fold).map((i) => smsaTrain[i]!);
  const { artifact } = buildSentimentModel(
    config,
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
    `fold ${fold + 1}: n=${held.length} valid-tuned offsets ${JSON.stringify(artifact.offsets)} macro-F1 without ${score.plain.toFixed(4)} with ${score.offsets.toFixed(4)}`,
  );
}
const mean = (k: 'plain' | 'offsets') => scores.reduce((sum, s) => sum + s[k], 0) / scores.length;
console.log(
  `mean macro-F1 over ${FOLDS} folds (${SENTIMENTS.join('/')}): without offsets ${mean('plain').toFixed(4)}, with valid-tuned offsets ${mean('offsets').toFixed(4)}`,
);
