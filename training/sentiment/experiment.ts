/* Compares training variants on the validation sets; not part of the shipped pipeline. */
import { measureClassification } from './classification-metrics';
import { buildSentimentModel, predictAll, type SentimentTrainingConfig, type TrainingSource } from './build-sentiment-model';
import { loadIndolem, loadNusax, loadPrdect, loadSmsa, loadVaderLexicon } from './sentiment-data';
import { simpleNormalise } from './simple-normalise';
import { generateEnglishWeakSupervision } from './english-weak-supervision';

const base: SentimentTrainingConfig = {
  version: 'exp',
  seed: 1,
  features: { dimBits: 18, charMin: 3, charMax: 5, charWeight: 1, lexiconWeight: 1 },
  epochs: 5,
  learningRate: 0.1,
  l2: 1e-6,
  pruneBelow: 0,
  classWeights: [1, 1, 1],
  ensemble: 1,
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
const charHalf: SentimentTrainingConfig = { ...base, features: { ...base.features, charWeight: 0.5 } };
if (variant === 'english') {
  run('smsa char.5 (lv feature)', charHalf, smsaOnly);
  for (const [count, weight] of [
    [3000, 1],
    [6000, 1],
    [6000, 0.5],
  ] as const) {
    const english = generateEnglishWeakSupervision(lexicon, count, 7);
    run(`+english ${count} w${weight}`, charHalf, [...smsaOnly, { name: 'en', texts: english, weight }]);
  }
}
if (variant === 'sweep') {
  const english: TrainingSource = { name: 'en', texts: generateEnglishWeakSupervision(lexicon, 3000, 7), weight: 1 };
  const withEn = [...smsaOnly, english];
  const f = charHalf.features;
  run('ref', charHalf, withEn);
  run('epochs 10', { ...charHalf, epochs: 10 }, withEn);
  run('epochs 3', { ...charHalf, epochs: 3 }, withEn);
  run('lr .05', { ...charHalf, learningRate: 0.05 }, withEn);
  run('lr .2', { ...charHalf, learningRate: 0.2 }, withEn);
  run('l2 1e-5', { ...charHalf, l2: 1e-5 }, withEn);
  run('l2 0', { ...charHalf, l2: 0 }, withEn);
  run('char .3', { ...charHalf, features: { ...f, charWeight: 0.3 } }, withEn);
  run('char 2-5', { ...charHalf, features: { ...f, charMin: 2 } }, withEn);
  run('char 3-6', { ...charHalf, features: { ...f, charMax: 6 } }, withEn);
  run('dim 20', { ...charHalf, features: { ...f, dimBits: 20 } }, withEn);
  run('+prdect .2 indolem .2', charHalf, [...all(0.2, 0.2), english]);
  run('+prdect .3', charHalf, [...smsaOnly, { name: 'p', texts: prdect, weight: 0.3 }, english]);
}
if (variant === 'classes') {
  const english: TrainingSource = { name: 'en', texts: generateEnglishWeakSupervision(lexicon, 3000, 7), weight: 1 };
  const withEn = [...smsaOnly, english];
  for (const cw of [
    [1, 1.5, 1],
    [1, 2, 1],
    [1.5, 3, 1],
    [1.3, 2, 1],
  ] as const) {
    run(`cw ${cw.join('/')}`, { ...charHalf, classWeights: cw }, withEn);
    run(`cw ${cw.join('/')} lr.2`, { ...charHalf, learningRate: 0.2, classWeights: cw }, withEn);
  }
}
if (variant === 'bias') {
  const english: TrainingSource = { name: 'en', texts: generateEnglishWeakSupervision(lexicon, 3000, 7), weight: 1 };
  const { model } = buildSentimentModel(charHalf, [...smsaOnly, english], lexicon, smsaValid, simpleNormalise);
  for (const [b0, b1] of [
    [0, 0],
    [0, 0.3],
    [0, 0.6],
    [0.3, 0.3],
    [0.3, 0.6],
    [-0.3, 0.3],
    [0, 1],
  ] as const) {
    const shifted = { ...model, bias: [model.bias[0] + b0, model.bias[1] + b1, model.bias[2]] as const };
    const cells = Object.entries(sets).map(([set, texts]) => {
      const r = measureClassification(
        texts.map((t) => t.label),
        predictAll(shifted, texts, simpleNormalise),
      );
      return `${set}=${r.macroF1.toFixed(3)}`;
    });
    console.log(`bias +${b0}/+${b1}`, cells.join(' '));
  }
}
if (variant === 'ensemble') {
  const english: TrainingSource = { name: 'en', texts: generateEnglishWeakSupervision(lexicon, 3000, 7), weight: 1 };
  run('ens 3', { ...charHalf, ensemble: 3 }, [...smsaOnly, english]);
  run('ens 3 lr.2', { ...charHalf, ensemble: 3, learningRate: 0.2 }, [...smsaOnly, english]);
  run('ens 5 lr.2 e8', { ...charHalf, ensemble: 5, learningRate: 0.2, epochs: 8 }, [...smsaOnly, english]);
}
if (variant === 'english2') {
  for (const [count, weight, seed] of [
    [3000, 2, 7],
    [3000, 1, 8],
    [10000, 1, 7],
    [10000, 0.3, 7],
  ] as const) {
    const english = generateEnglishWeakSupervision(lexicon, count, seed);
    run(`+english ${count} w${weight} s${seed}`, charHalf, [...smsaOnly, { name: 'en', texts: english, weight }]);
  }
}
