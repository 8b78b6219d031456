/*
 * Compares training variants on the validation sets; not part of the shipped pipeline.
 * `npx tsx training/sentiment/experiment.ts '<json overrides>' …`: each argument is one variant, a JSON
 * object merged over the shipped configuration; `features` merges too, and `extra` adds PRDECT-ID /
 * IndoLEM with the given weights, `english` sets the synthetic English count and weight.
 */
import { measureClassification } from './classification-metrics';
import { buildSentimentModel, predictAll, type SentimentTrainingConfig, type TrainingSource } from './build-sentiment-model';
import { loadIndolem, loadNusax, loadPrdect, loadSmsa, loadVaderLexicon } from './sentiment-data';
import { normaliseForSentiment } from './sentiment-normaliser';
import { generateEnglishWeakSupervision } from './english-weak-supervision';
import { SHIPPED_CONFIG, loadModelLexicon } from './shipped-config';
import { loadHandwrittenEnglish } from './english-handwritten';

const smsaValid = loadSmsa('valid');
const sets = { smsa: smsaValid, nusaxId: loadNusax('id', 'valid'), nusaxEn: loadNusax('en', 'valid') };
const table = loadModelLexicon();
const vader = loadVaderLexicon();
const smsaTrain = loadSmsa('train');

interface Variant extends Partial<Omit<SentimentTrainingConfig, 'features'>> {
  features?: Partial<SentimentTrainingConfig['features']>;
  extra?: { prdect: number; indolem: number };
  english?: { count: number; weight: number };
  /** Weight of the hand-written English sentences; absent or 0 for none. */
  handwritten?: number;
}

function run(spec: string): void {
  const variant = JSON.parse(spec) as Variant;
  const { features, extra, english, handwritten, ...rest } = variant;
  const config: SentimentTrainingConfig = { ...SHIPPED_CONFIG, ...rest, features: { ...SHIPPED_CONFIG.features, ...features } };
  const en = english ?? { count: 3000, weight: 1 };
  const sources: TrainingSource[] = [{ name: 'smsa', texts: smsaTrain, weight: 1 }];
  if (en.count > 0) sources.push({ name: 'en', texts: generateEnglishWeakSupervision(vader, en.count, 7), weight: en.weight });
  if (handwritten) sources.push({ name: 'handwritten', texts: loadHandwrittenEnglish(), weight: handwritten });
  if (extra) {
    if (extra.prdect > 0) sources.push({ name: 'prdect', texts: loadPrdect(), weight: extra.prdect });
    if (extra.indolem > 0) sources.push({ name: 'indolem', texts: loadIndolem(), weight: extra.indolem });
  }
  const start = performance.now();
  const { model, artifact } = buildSentimentModel(config, sources, table, smsaValid, normaliseForSentiment);
  const cells = Object.entries(sets).map(([set, texts]) => {
    const r = measureClassification(
      texts.map((t) => t.label),
      predictAll(model, texts, normaliseForSentiment),
    );
    return `${set}=${r.macroF1.toFixed(4)}/${r.accuracy.toFixed(3)}`;
  });
  const kb = Math.round(JSON.stringify(artifact).length / 1024);
  console.log(
    `${spec.padEnd(60)} ${cells.join(' ')} T=${artifact.temperature} off=${JSON.stringify(artifact.offsets ?? [])} ${kb}KB ${Math.round(performance.now() - start)}ms`,
  );
}

for (const spec of process.argv.slice(2).filter((a) => a !== '--')) run(spec);
