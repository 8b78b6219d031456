/*
 * Compares embedding-model variants, alone and in a logit-sum ensemble with the shipped linear model, by 5-fold
 * cross-validation on SmSA train (the same seeded split as cross-validate.ts and the shipped offsets); not part of
 * the shipped pipeline. `npx tsx training/sentiment/compare-embedding.ts '<variant>' …`, each variant JSON:
 * dim, hidden, epochs, lr, rowBits, norm ('sqrt' | 'mean'), charWeight, nb (NB-scaled values), seed.
 * The linear model's out-of-fold and validation logits (float weights) are cached in the system temp dir.
 * Reports the fold mean macro-F1 without offsets for weights a of the linear model (0 = embedding model alone),
 * the out-of-fold macro-F1 with offsets fitted on it, and SmSA / NusaX-id / NusaX-en valid with those offsets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { SENTIMENTS } from '../../core/analysis/analysis.types';
import { extractGroups, nbScales, toVector, type GroupedFeatures } from './build-sentiment-model';
import { measureClassification } from './classification-metrics';
import { embeddingLogits, trainEmbeddingModel, type EmbeddingExample } from './embedding-trainer';
import { createRandom, shuffleInPlace } from './seeded-random';
import { loadNusax, loadSmsa, type LabelledText } from './sentiment-data';
import { normaliseForSentiment } from './sentiment-normaliser';
import { SHIPPED_CONFIG, loadModelLexicon, loadTrainingSources } from './shipped-config';
import { trainSoftmax } from './softmax-trainer';

type Logits = [number, number, number];
interface Ex {
  g: GroupedFeatures;
  label: number;
  w: number;
  po: boolean;
}

const features = SHIPPED_CONFIG.features;
const lexicon = loadModelLexicon();
const prep = (texts: readonly LabelledText[], w = 1, po = false): Ex[] =>
  texts.map((t) => ({
    g: extractGroups(normaliseForSentiment(t.text), features, lexicon),
    label: SENTIMENTS.indexOf(t.label),
    w: w * (SHIPPED_CONFIG.classWeights[SENTIMENTS.indexOf(t.label)] ?? 1),
    po,
  }));
const t0 = performance.now();
const sources = loadTrainingSources();
const smsa = prep(sources.find((s) => s.crossFit)?.texts ?? []);
const others = sources.filter((s) => !s.crossFit).flatMap((s) => prep(s.texts, s.weight, s.polarityOnly === true));
const sets = { smsa: prep(loadSmsa('valid')), id: prep(loadNusax('id', 'valid')), en: prep(loadNusax('en', 'valid')) };
console.log(`features extracted in ${Math.round(performance.now() - t0)} ms`);

const FOLDS = 5;
const order = smsa.map((_, i) => i);
shuffleInPlace(order, createRandom(SHIPPED_CONFIG.seed));
const foldOf = new Int32Array(smsa.length);
order.forEach((index, k) => (foldOf[index] = k % FOLDS));

interface Run {
  oof: Logits[];
  valid: Record<keyof typeof sets, Logits[]>;
}

/** Trains on each fold's complement (out-of-fold logits) and on everything (validation logits). */
function crossRun(train: (data: Ex[]) => (e: Ex) => Logits): Run {
  const oof: Logits[] = new Array<Logits>(smsa.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const predict = train([...smsa.filter((_, i) => foldOf[i] !== fold), ...others]);
    smsa.forEach((e, i) => {
      if (foldOf[i] === fold) oof[i] = predict(e);
    });
  }
  const predict = train([...smsa, ...others]);
  return { oof, valid: { smsa: sets.smsa.map(predict), id: sets.id.map(predict), en: sets.en.map(predict) } };
}

function trainLinear(data: Ex[]): (e: Ex) => Logits {
  const scales = nbScales(
    data.filter((e) => !e.po).map((e) => ({ groups: e.g, label: e.label })),
    features.dimBits,
    SHIPPED_CONFIG.nb,
  );
  const m = trainSoftmax(
    data.map((e) => ({ features: toVector(e.g, features, scales), label: e.label, weight: e.w, polarityOnly: e.po })),
    {
      dimBits: features.dimBits,
      epochs: SHIPPED_CONFIG.epochs,
      learningRate: SHIPPED_CONFIG.learningRate,
      decay: SHIPPED_CONFIG.decay,
      averageFrom: SHIPPED_CONFIG.averageFrom,
      l2: SHIPPED_CONFIG.l2,
      seed: SHIPPED_CONFIG.seed,
    },
  );
  return (e) => {
    const f = toVector(e.g, features, scales);
    const l: Logits = [m.bias[0], m.bias[1], m.bias[2]];
    for (let i = 0; i < f.indices.length; i++) {
      const base = (f.indices[i] ?? 0) * 3;
      const x = f.values[i] ?? 0;
      for (let c = 0; c < 3; c++) l[c] = (l[c] ?? 0) + (m.weights[base + c] ?? 0) * x;
    }
    return l;
  };
}

interface Variant {
  dim?: number;
  hidden?: number;
  epochs?: number;
  lr?: number;
  rowBits?: number;
  norm?: 'sqrt' | 'mean';
  charWeight?: number;
  nb?: boolean;
  seed?: number;
  /** Models with consecutive seeds whose logits are averaged. */
  seeds?: number;
}

function embeddingInput(e: Ex, v: Required<Variant>, scales: Float32Array | undefined): { rows: Int32Array; values: Float32Array } {
  const { word, char, dense, denseValues } = e.g;
  const n = word.length + char.length + dense.length;
  const rows = new Int32Array(n);
  const values = new Float32Array(n);
  const mask = (1 << v.rowBits) - 1;
  const scale = (count: number, weight: number) => (count === 0 ? 0 : weight / (v.norm === 'mean' ? count : Math.sqrt(count)));
  const wv = scale(word.length, 1);
  const cv = scale(char.length, v.charWeight);
  let k = 0;
  for (const b of word) {
    rows[k] = b & mask;
    values[k++] = wv * (scales?.[b] ?? 1);
  }
  for (const b of char) {
    rows[k] = b & mask;
    values[k++] = cv * (scales?.[b] ?? 1);
  }
  dense.forEach((b, i) => {
    rows[k] = b & mask;
    values[k++] = denseValues[i] ?? 0;
  });
  return { rows, values };
}

function trainEmbedding(v: Required<Variant>): (data: Ex[]) => (e: Ex) => Logits {
  return (data) => {
    const scales = v.nb
      ? nbScales(
          data.filter((e) => !e.po).map((e) => ({ groups: e.g, label: e.label })),
          features.dimBits,
          1,
        )
      : undefined;
    const examples: EmbeddingExample[] = data.map((e) => ({
      ...embeddingInput(e, v, scales),
      label: e.label,
      weight: e.w,
      polarityOnly: e.po,
    }));
    const models = Array.from({ length: v.seeds }, (_, k) =>
      trainEmbeddingModel(examples, {
        rowBits: v.rowBits,
        dim: v.dim,
        hidden: v.hidden,
        epochs: v.epochs,
        learningRate: v.lr,
        seed: v.seed + k,
      }),
    );
    const sum = new Float64Array(v.dim);
    const act = new Float64Array(Math.max(1, v.hidden));
    const out = new Float64Array(3);
    return (e) => {
      const { rows, values } = embeddingInput(e, v, scales);
      const l: Logits = [0, 0, 0];
      for (const m of models) {
        embeddingLogits(m, rows, values, sum, act, out);
        for (let c = 0; c < 3; c++) l[c] = (l[c] ?? 0) + (out[c] ?? 0) / models.length;
      }
      return l;
    };
  };
}

function predicted(ls: readonly Logits[], off: readonly number[]): string[] {
  return ls.map((l) => {
    const a = l[0] + (off[0] ?? 0);
    const b = l[1] + (off[1] ?? 0);
    return SENTIMENTS[a >= b && a >= l[2] ? 0 : b >= l[2] ? 1 : 2]!;
  });
}

function score(ls: readonly Logits[], exs: readonly Ex[], off: readonly number[] = [0, 0, 0]) {
  return measureClassification(
    exs.map((e) => SENTIMENTS[e.label]!),
    predicted(ls, off) as (typeof SENTIMENTS)[number][],
  );
}

function fitOff(ls: readonly Logits[], exs: readonly Ex[]): number[] {
  let best = [0, 0, 0];
  let bs = score(ls, exs).macroF1;
  let bsize = 0;
  for (let i = -30; i <= 30; i++)
    for (let j = -30; j <= 30; j++) {
      const o = [i * 0.05, j * 0.05, 0];
      const s = score(ls, exs, o).macroF1;
      const size = Math.abs(o[0]!) + Math.abs(o[1]!);
      if (s > bs + 1e-12 || (Math.abs(s - bs) <= 1e-12 && size < bsize)) {
        best = o;
        bs = s;
        bsize = size;
      }
    }
  return best;
}

const mix = (a: readonly Logits[], b: readonly Logits[], w: number): Logits[] =>
  a.map((l, i) => {
    const m = b[i]!;
    return [w * l[0] + (1 - w) * m[0], w * l[1] + (1 - w) * m[1], w * l[2] + (1 - w) * m[2]];
  });

/** Temperature minimising the out-of-fold negative log-likelihood, so mixed models weigh by confidence, not logit scale. */
function fitTemperature(ls: readonly Logits[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.2; t <= 8.001; t += 0.05) {
    let loss = 0;
    ls.forEach((l, i) => {
      const max = Math.max(...l);
      const z = Math.log(l.reduce((a, x) => a + Math.exp((x - max) / t), 0));
      loss -= (l[smsa[i]!.label]! - max) / t - z;
    });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}

function scaled(run: Run, t: number): Run {
  const s = (ls: readonly Logits[]) => ls.map((l) => l.map((x) => x / t) as Logits);
  return { oof: s(run.oof), valid: { smsa: s(run.valid.smsa), id: s(run.valid.id), en: s(run.valid.en) } };
}

/** The linear model's fold scores, for paired differences (fold mean difference ± its standard error). */
let linearFolds: number[] = [];

function report(name: string, rawLinear: Run, rawRun: Run, weights: readonly number[]): void {
  const tl = fitTemperature(rawLinear.oof);
  const tr = fitTemperature(rawRun.oof);
  console.log(`${name} temperatures: linear ${tl.toFixed(2)}, this ${tr.toFixed(2)}`);
  const linear = scaled(rawLinear, tl);
  const run = scaled(rawRun, tr);
  for (const w of weights) {
    const oof = mix(linear.oof, run.oof, w);
    const folds = Array.from({ length: FOLDS }, (_, f) => {
      const idx = smsa.flatMap((_, i) => (foldOf[i] === f ? [i] : []));
      return score(
        idx.map((i) => oof[i]!),
        idx.map((i) => smsa[i]!),
      ).macroF1;
    });
    const off = fitOff(oof, smsa);
    const cells = (Object.keys(sets) as (keyof typeof sets)[]).map((k) => {
      const r = score(mix(linear.valid[k], run.valid[k], w), sets[k], off);
      return `${k}=${r.macroF1.toFixed(4)}/${r.accuracy.toFixed(3)}`;
    });
    const mean = folds.reduce((a, b) => a + b, 0) / FOLDS;
    if (name === 'linear') linearFolds = folds;
    const deltas = folds.map((s, f) => s - (linearFolds[f] ?? 0));
    const dMean = deltas.reduce((a, b) => a + b, 0) / FOLDS;
    const dSe = Math.sqrt(deltas.reduce((a, d) => a + (d - dMean) ** 2, 0) / (FOLDS - 1) / FOLDS);
    console.log(
      `${name} a=${w.toFixed(2)} cv=${mean.toFixed(4)} [${folds.map((s) => s.toFixed(3)).join(' ')}] oofOff=${off.map((o) => o.toFixed(2)).join(',')} oofF1=${score(oof, smsa, off).macroF1.toFixed(4)} ${cells.join(' ')} paired=${dMean >= 0 ? '+' : ''}${dMean.toFixed(4)}±${dSe.toFixed(4)}`,
    );
  }
}

const cacheFile = resolve(tmpdir(), `siaga-linear-logits-${SHIPPED_CONFIG.version}.json`);
let linear: Run;
if (existsSync(cacheFile)) linear = JSON.parse(readFileSync(cacheFile, 'utf8')) as Run;
else {
  const start = performance.now();
  linear = crossRun(trainLinear);
  writeFileSync(cacheFile, JSON.stringify(linear));
  console.log(`linear model: ${Math.round(performance.now() - start)} ms`);
}
report('linear', linear, linear, [1]);

const defaults: Required<Variant> = {
  dim: 32,
  hidden: 0,
  epochs: 10,
  lr: 0.1,
  rowBits: 17,
  norm: 'sqrt',
  charWeight: features.charWeight,
  nb: false,
  seed: SHIPPED_CONFIG.seed,
  seeds: 1,
};
for (const spec of process.argv.slice(2).filter((a) => a !== '--')) {
  const v = { ...defaults, ...(JSON.parse(spec) as Variant) };
  const start = performance.now();
  const run = crossRun(trainEmbedding(v));
  const ms = Math.round(performance.now() - start);
  report(spec, linear, run, [0, 0.3, 0.5, 0.7, 0.85, 0.9]);
  console.log(`  (${ms} ms for 6 trainings)`);
}
