/*
 * Builds the shipped pipeline (the shipped training sources, cross-fitted offsets, quantisation) with
 * configuration overrides and reports the validation figures, the out-of-fold figures and the artifact
 * size. `npx tsx training/sentiment/experiment-shipped.ts '<json overrides>' …`; with SIAGA_EXPERIMENT_OUT set
 * to a directory, each variant's artifact is written there as `variant-<n>.json` (nothing is written otherwise).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSentimentModel, type SentimentTrainingConfig } from './build-sentiment-model';
import { evaluateSentiment, loadSentimentValidationSets } from './evaluate-sentiment';
import { normaliseForSentiment } from './sentiment-normaliser';
import { SHIPPED_CONFIG, loadModelLexicon, loadTrainingSources } from './shipped-config';

const sources = loadTrainingSources();
const validation = loadSentimentValidationSets();
const lexicon = loadModelLexicon();

const out = process.env['SIAGA_EXPERIMENT_OUT'];
for (const [n, spec] of process.argv
  .slice(2)
  .filter((a) => a !== '--')
  .entries()) {
  const started = performance.now();
  const overrides = JSON.parse(spec) as Partial<SentimentTrainingConfig>;
  const config: SentimentTrainingConfig = {
    ...SHIPPED_CONFIG,
    ...overrides,
    features: { ...SHIPPED_CONFIG.features, ...overrides.features },
  };
  const { artifact, model, crossFit } = buildSentimentModel(config, sources, lexicon, validation[0]?.texts ?? [], normaliseForSentiment);
  const cells = validation.map((set) => {
    const r = evaluateSentiment(model, set, normaliseForSentiment);
    return `${set.name}=${r.macroF1.toFixed(4)}/${r.accuracy.toFixed(4)}`;
  });
  const json = `${JSON.stringify(artifact)}\n`;
  const bytes = Buffer.byteLength(json);
  if (out) writeFileSync(resolve(out, `variant-${n + 1}.json`), json);
  console.log(
    `${spec} ${cells.join(' ')} cv=${((crossFit?.foldMacroF1 ?? []).reduce((a, b) => a + b, 0) / (crossFit?.folds ?? 1)).toFixed(4)} [${crossFit?.foldMacroF1.map((f) => f.toFixed(4)).join(' ')}] oof=${crossFit?.macroF1.toFixed(4)}/${crossFit?.macroF1WithOffsets.toFixed(4)} off=${JSON.stringify(artifact.offsets)} T=${artifact.temperature} ${(bytes / 1024 / 1024).toFixed(2)}MB ${Math.round(performance.now() - started)}ms`,
  );
}
