/* Compares training variants on the validation sets; not part of the shipped pipeline. */
import { measureClassification } from './classification-metrics';
import { buildSentimentModel, predictAll, type SentimentTrainingConfig, type TrainingSource } from './build-sentiment-model';
import { loadIndolem, loadNusax, loadPrdect, loadSmsa, loadVaderLexicon } from './sentiment-data';
import { simpleNormalise } from './simple-normalise';

const base: SentimentTrainingConfig = {
  version: 'exp',
  seed: 1,
  features: { dimBits: 18, charMin: 3, charMax: 5, charWeight: 1, lexiconWeight: 1 },
  epochs: 5,
  learningRate: 0.1,
  l2: 1e-6,
  pruneBelow: 0,
};
const smsaTrain = loadSmsa('train');
const smsaValid = loadSmsa('valid');
const prdect = loadPrdect();
const indolem = loadIndolem();
const sets = {
  smsa: smsaValid,
  nusaxId: loadNusax('id', 'valid'),
  nusaxEn: loadNusax('en', 'valid'),
  nusaxIdTr: loadNusax('id', 'train'),
  nusaxEnTr: loadNusax('en', 'train'),
};
const lexicon = loadVaderLexicon();

function run(name: string, config: SentimentTrainingConfig, sources: TrainingSource[]): void {
  const start = performance.now();
  const { model, artifact } = buildSentimentModel(config, sources, lexicon, smsaValid, simpleNormalise);
  const cells = Object.entries(sets).map(([set, texts]) => {
    const r = measureClassification(
      texts.map((t) => t.label),
      predictAll(model, texts, simpleNormalise),
    );
    return `${set}=${r.macroF1.toFixed(3)}`;
  });
  const kb = Math.round(JSON.stringify(artifact).length / 1024);
  console.log(`${name.padEnd(28)} ${cells.join(' ')} T=${artifact.temperature} ${kb}KB ${Math.round(performance.now() - start)}ms`);
}

const variant = process.argv[2] ?? 'base';
const smsaOnly: TrainingSource[] = [{ name: 'smsa', texts: smsaTrain, weight: 1 }];
const all = (wp: number, wi: number): TrainingSource[] => [
  ...smsaOnly,
  { name: 'prdect', texts: prdect, weight: wp },
  { name: 'indolem', texts: indolem, weight: wi },
];
if (variant === 'base') {
  run('smsa', base, smsaOnly);
  run('smsa+prdect+indolem .5', base, all(0.5, 0.5));
  run('smsa nochar', { ...base, features: { ...base.features, charWeight: 0 } }, smsaOnly);
  run('smsa char .5', { ...base, features: { ...base.features, charWeight: 0.5 } }, smsaOnly);
}
