import { SENTIMENT_MODEL_FORMAT, type SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import type { FeatureConfig } from '../../core/analysis/sentiment/sentiment-features';
import type { HashedValenceTable } from '../../core/analysis/sentiment/valence-table';

const CLASSES = 3;

export interface EncodeOptions {
  version: string;
  features: FeatureConfig;
  lexicon: HashedValenceTable;
  weights: Float32Array;
  bias: readonly [number, number, number];
  temperature: number;
  /** Rows whose largest |weight| is below this are dropped. */
  pruneBelow: number;
  /** Bits per stored weight: 8 (default) or 16. */
  weightBits?: 8 | 16;
}

function pushVarint(out: number[], n: number): void {
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** Prunes small rows and quantises the rest to int8 (or int16) with one shared scale. */
export function encodeSentimentModel(options: EncodeOptions): SentimentModelArtifact {
  const { weights } = options;
  const bits = options.weightBits ?? 8;
  const top = bits === 16 ? 32767 : 127;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / top : 1;
  const bytes: number[] = [];
  let rows = 0;
  let previous = -1;
  for (let bucket = 0; bucket * CLASSES < weights.length; bucket++) {
    const base = bucket * CLASSES;
    const row = [weights[base] ?? 0, weights[base + 1] ?? 0, weights[base + 2] ?? 0];
    const quantised = row.map((w) => Math.max(-top, Math.min(top, Math.round(w / scale))));
    if (Math.max(...row.map(Math.abs)) < options.pruneBelow || quantised.every((q) => q === 0)) continue;
    pushVarint(bytes, bucket - previous);
    previous = bucket;
    for (const q of quantised) {
      bytes.push(q & 0xff);
      if (bits === 16) bytes.push((q >> 8) & 0xff);
    }
    rows++;
  }
  const valenceBytes: number[] = [];
  let valenceRows = 0;
  let previousValence = -1;
  options.lexicon.steps.forEach((step, bucket) => {
    if (step === 0) return;
    pushVarint(valenceBytes, bucket - previousValence);
    previousValence = bucket;
    valenceBytes.push(step & 0xff);
    valenceRows++;
  });
  return {
    format: SENTIMENT_MODEL_FORMAT,
    version: options.version,
    classes: ['negative', 'neutral', 'positive'],
    features: options.features,
    valence: { bits: options.lexicon.bits, rows: valenceRows, data: Buffer.from(valenceBytes).toString('base64') },
    bias: [round(options.bias[0]), round(options.bias[1]), round(options.bias[2])],
    temperature: round(options.temperature),
    weights: { scale, rows, data: Buffer.from(bytes).toString('base64'), ...(bits === 16 ? { bits } : {}) },
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
