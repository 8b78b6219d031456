/*
 * Compares training variants with 5-fold cross-validation on SmSA train; not part of the shipped pipeline.
 * `npx tsx training/sentiment/compare-variants.ts '<feature overrides>' '<variant>' …`: features are extracted
 * once (`_indo` derives Indonesian valences, see indonesian-valence.ts), then each variant (JSON: nb, epochs,
 * lr, l2, decay, avg, cw, binary, seeds, pol, polBal, hw, syn, cv) is trained with float weights and reported
 * as macro-F1 on SmSA / NusaX-id / NusaX-en valid without / with offsets tuned on SmSA valid, the fold mean
 * without offsets and with valid-tuned offsets, and the valid sets with offsets fitted on out-of-fold logits.
 * DUMP=1 prints the first fold's errors.
 */
import { SENTIMENTS } from '../../core/analysis/analysis.types';
import type { FeatureConfig } from '../../core/analysis/sentiment/sentiment-features';
import { extractGroups, nbScales, toVector, type GroupedFeatures } from './build-sentiment-model';
import { measureClassification } from './classification-metrics';
import { createRandom, shuffleInPlace } from './seeded-random';
import { loadIndolem, loadNusax, loadPrdect, loadSmsa, loadVaderLexicon, type LabelledText } from './sentiment-data';
import { deriveValences, type DerivedValenceOptions } from './indonesian-valence';
import { buildHashedValenceTable } from '../../core/analysis/sentiment/valence-table';
import { normaliseForSentiment } from './sentiment-normaliser';
import { SHIPPED_CONFIG, loadModelLexicon } from './shipped-config';
import { generateEnglishWeakSupervision } from './english-weak-supervision';
import { loadHandwrittenEnglish } from './english-handwritten';
import { trainSoftmax } from './softmax-trainer';

const args = process.argv.slice(2).filter((a) => a !== '--');
const { _indo: indo, ...featureOverrides } = JSON.parse(args[0] ?? '{}') as Partial<FeatureConfig> & { _indo?: DerivedValenceOptions };
const features: FeatureConfig = { ...SHIPPED_CONFIG.features, ...featureOverrides };
const lexicon = indo
  ? (() => {
      const vader = [...loadVaderLexicon()].filter(([word]) => /^[a-z][a-z'-]*$/.test(word));
      const known = new Set(vader.map(([w]) => w));
      const derived = deriveValences([...loadPrdect(), ...loadIndolem()], normaliseForSentiment, indo).filter(([w]) => !known.has(w));
      console.log(
        `derived ${derived.length} Indonesian valences, e.g. ${derived
          .filter((_, i) => i % 200 === 0)
          .map(([w, v]) => `${w}:${v.toFixed(1)}`)
          .join(' ')}`,
      );
      return buildHashedValenceTable([...vader, ...derived], 22);
    })()
  : loadModelLexicon();
interface Ex {
  g: GroupedFeatures;
  label: number;
  w: number;
  po?: boolean;
}
const prep = (texts: readonly LabelledText[], w: number): Ex[] =>
  texts.map((t) => ({ g: extractGroups(normaliseForSentiment(t.text), features, lexicon), label: SENTIMENTS.indexOf(t.label), w }));
const t0 = performance.now();
const smsa = prep(loadSmsa('train'), 1);
const synth = prep(generateEnglishWeakSupervision(loadVaderLexicon(), 3000, 7), 1);
const hand = prep(loadHandwrittenEnglish(), 3);
let extras = [...synth, ...hand];
const polarity = [...prep(loadPrdect(), 1), ...prep(loadIndolem(), 1)].map((e) => ({ ...e, po: true }));
const valid = prep(loadSmsa('valid'), 1);
const nid = prep(loadNusax('id', 'valid'), 1);
const nen = prep(loadNusax('en', 'valid'), 1);
console.log(`features ${JSON.stringify(features)} extracted in ${Math.round(performance.now() - t0)} ms`);

interface Variant {
  nb?: number;
  epochs?: number;
  lr?: number;
  l2?: number;
  decay?: number;
  avg?: number;
  cw?: [number, number, number];
  binary?: boolean;
  seeds?: number;
  cv?: boolean;
  pol?: number;
  hw?: number;
  polBal?: boolean;
  syn?: number;
  polNb?: boolean;
}

type Model = { w: Float32Array; b: number[]; scales: Float32Array };

function dedupe(g: GroupedFeatures): GroupedFeatures {
  return { word: [...new Set(g.word)], char: [...new Set(g.char)], dense: g.dense, denseValues: g.denseValues };
}

function train(data: readonly Ex[], v: Variant): Model {
  const all = v.pol
    ? [...data, ...polarity.map((e) => ({ ...e, w: v.pol! * (v.polBal ? (e.label === 0 ? 5200 / 6340 : 5200 / 4060) : 1) }))]
    : data;
  const items = all.map((e) => ({ groups: v.binary ? dedupe(e.g) : e.g, label: e.label, w: e.w, po: e.po }));
  const scales = nbScales(v.polNb ? items : items.filter((e) => !e.po), features.dimBits, v.nb ?? 1);
  const cw = v.cw ?? [1, 1.5, 1];
  const examples = items.map((e) => ({
    features: toVector(e.groups, features, scales),
    label: e.label,
    weight: e.w * (cw[e.label] ?? 1),
    polarityOnly: e.po,
  }));
  const seeds = v.seeds ?? 1;
  const w = new Float32Array((1 << features.dimBits) * 3);
  const b = [0, 0, 0];
  for (let s = 0; s < seeds; s++) {
    const m = trainSoftmax(examples, {
      dimBits: features.dimBits,
      epochs: v.epochs ?? 5,
      learningRate: v.lr ?? 0.1,
      decay: v.decay ?? 0,
      averageFrom: v.avg ?? v.epochs ?? 5,
      l2: v.l2 ?? 1e-6,
      seed: SHIPPED_CONFIG.seed + s,
    });
    for (let k = 0; k < w.length; k++) w[k] = (w[k] ?? 0) + (m.weights[k] ?? 0) / seeds;
    for (let c = 0; c < 3; c++) b[c] = (b[c] ?? 0) + (m.bias[c] ?? 0) / seeds;
  }
  return { w, b, scales };
}

function logits(m: Model, e: Ex, binary: boolean): [number, number, number] {
  const f = toVector(binary ? dedupe(e.g) : e.g, features, m.scales);
  const l: [number, number, number] = [m.b[0] ?? 0, m.b[1] ?? 0, m.b[2] ?? 0];
  for (let i = 0; i < f.indices.length; i++) {
    const base = (f.indices[i] ?? 0) * 3;
    const x = f.values[i] ?? 0;
    for (let c = 0; c < 3; c++) l[c] = (l[c] ?? 0) + (m.w[base + c] ?? 0) * x;
  }
  return l;
}

function f1(ls: readonly [number, number, number][], gold: readonly number[], off: readonly number[] = [0, 0, 0]): number {
  const pred = ls.map((l) => {
    const a = l[0] + (off[0] ?? 0);
    const b = l[1] + (off[1] ?? 0);
    const c = l[2];
    return SENTIMENTS[a >= b && a >= c ? 0 : b >= c ? 1 : 2]!;
  });
  return measureClassification(
    gold.map((g) => SENTIMENTS[g]!),
    pred,
  ).macroF1;
}

function fitOff(ls: readonly [number, number, number][], gold: readonly number[]): number[] {
  let best = [0, 0, 0];
  let bs = f1(ls, gold);
  let bsize = 0;
  for (let i = -30; i <= 30; i++)
    for (let j = -30; j <= 30; j++) {
      const o = [i * 0.05, j * 0.05, 0];
      const s = f1(ls, gold, o);
      const size = Math.abs(o[0]!) + Math.abs(o[1]!);
      if (s > bs + 1e-12 || (Math.abs(s - bs) <= 1e-12 && size < bsize)) {
        best = o;
        bs = s;
        bsize = size;
      }
    }
  return best;
}

const order = smsa.map((_, i) => i);
shuffleInPlace(order, createRandom(SHIPPED_CONFIG.seed));

for (const spec of args.slice(1)) {
  const v = JSON.parse(spec) as Variant;
  extras = [...synth.map((e) => ({ ...e, w: v.syn ?? 1 })), ...hand.map((e) => ({ ...e, w: v.hw ?? 3 }))];
  const start = performance.now();
  const m = train([...smsa, ...extras], v);
  const evalSet = (set: Ex[]) => set.map((e) => logits(m, e, v.binary === true));
  const lv = evalSet(valid);
  const gv = valid.map((e) => e.label);
  const off = fitOff(lv, gv);
  const cell = (set: Ex[]) => {
    const ls = evalSet(set);
    const g = set.map((e) => e.label);
    return `${f1(ls, g).toFixed(4)}/${f1(ls, g, off).toFixed(4)}`;
  };
  let cv = '';
  if (v.cv !== false) {
    const scores: number[] = [];
    const oofL: [number, number, number][] = [];
    const oofG: number[] = [];
    const withValidOff: number[] = [];
    for (let fold = 0; fold < 5; fold++) {
      const held = order.filter((_, k) => k % 5 === fold).map((i) => smsa[i]!);
      const kept = order.filter((_, k) => k % 5 !== fold).map((i) => smsa[i]!);
      const fm = train([...kept, ...extras], v);
      const ls = held.map((e) => logits(fm, e, v.binary === true));
      scores.push(
        f1(
          ls,
          held.map((e) => e.label),
        ),
      );
      withValidOff.push(
        f1(
          ls,
          held.map((e) => e.label),
          fitOff(
            valid.map((e) => logits(fm, e, v.binary === true)),
            gv,
          ),
        ),
      );
      oofL.push(...ls);
      oofG.push(...held.map((e) => e.label));
      if (fold === 0 && process.env['DUMP']) {
        const texts = loadSmsa('train');
        const heldIdx = order.filter((_, k) => k % 5 === fold);
        ls.forEach((l, k) => {
          const p = l[0] >= l[1] && l[0] >= l[2] ? 0 : l[1] >= l[2] ? 1 : 2;
          const e = held[k]!;
          if (p !== e.label)
            console.log(
              `ERR gold=${SENTIMENTS[e.label]} pred=${SENTIMENTS[p]} l=${l.map((x) => x.toFixed(1)).join(',')} | ${texts[heldIdx[k]!]!.text}`,
            );
        });
      }
    }
    const oofOff = fitOff(oofL, oofG);
    const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4);
    const cellOof = (set: Ex[]) =>
      f1(
        evalSet(set),
        set.map((e) => e.label),
        oofOff,
      ).toFixed(4);
    cv = ` cv=${mean(scores)} cvValidOff=${mean(withValidOff)} [${scores.map((s) => s.toFixed(3)).join(' ')}] oofOff=${oofOff.map((o) => o.toFixed(2)).join(',')} oofF1=${f1(oofL, oofG, oofOff).toFixed(4)} withOofOff smsa=${cellOof(valid)} id=${cellOof(nid)} en=${cellOof(nen)}`;
  }
  console.log(
    `${spec.padEnd(50)} smsa=${cell(valid)} id=${cell(nid)} en=${cell(nen)} off=${off.map((o) => o.toFixed(2)).join(',')}${cv} ${Math.round(performance.now() - start)}ms`,
  );
}
