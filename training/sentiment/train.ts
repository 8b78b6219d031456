/**
 * `npm run train:sentiment`: trains the shipped sentiment model from ../shared/data, seeded, and writes
 * the artifact and its card under models/sentiment/. Running it again reproduces the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSentimentModel } from './build-sentiment-model';
import { formatReport } from './classification-metrics';
import { evaluateSentiment, loadSentimentValidationSets } from './evaluate-sentiment';
import { SENTIMENT_CARD_PATH, SENTIMENT_MODEL_DIR, SENTIMENT_MODEL_PATH } from './sentiment-artifact';
import { writeSentimentCard } from './sentiment-card';
import { normaliseForSentiment } from './sentiment-normaliser';
import { SHIPPED_CONFIG, loadTrainingSources, loadModelLexicon } from './shipped-config';

const started = performance.now();
const sources = loadTrainingSources();
const validation = loadSentimentValidationSets();
const calibration = validation[0]?.texts ?? [];
const { artifact, model, crossFit } = buildSentimentModel(SHIPPED_CONFIG, sources, loadModelLexicon(), calibration, normaliseForSentiment);
const results = validation.map((set) => ({ name: set.name, report: evaluateSentiment(model, set, normaliseForSentiment) }));
artifact.metrics = Object.fromEntries(results.map(({ name, report }) => [name, { accuracy: report.accuracy, macroF1: report.macroF1 }]));
const json = `${JSON.stringify(artifact)}\n`;
mkdirSync(SENTIMENT_MODEL_DIR, { recursive: true });
writeFileSync(SENTIMENT_MODEL_PATH, json);
for (const { name, report } of results) console.log(formatReport(name, report));
if (crossFit)
  console.log(
    `SmSA train out-of-fold (${crossFit.folds} folds, n=${crossFit.count}): macro-F1 ${crossFit.macroF1.toFixed(4)}, with the offsets fitted on it ${crossFit.macroF1WithOffsets.toFixed(4)}`,
  );
writeFileSync(SENTIMENT_CARD_PATH, writeSentimentCard({ artifact, sources, results, crossFit, bytes: Buffer.byteLength(json) }));
console.log(
  `wrote ${SENTIMENT_MODEL_PATH} (${Buffer.byteLength(json)} bytes, ${artifact.weights.rows} weight rows) in ${Math.round(performance.now() - started)} ms`,
);
