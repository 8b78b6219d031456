import { z } from 'zod';
import { SENTIMENTS } from '../analysis.types';
import type { FeatureConfig } from './sentiment-features';
import { HashedValenceTable, type ValenceLexicon } from './valence-table';

export const SENTIMENT_MODEL_FORMAT = 'siaga-sentiment/2';

/**
 * The artifact as stored: weights are int8- (or int16-) quantised rows of three (negative, neutral, positive), one per
 * non-zero hash bucket, bucket numbers delta- and varint-encoded, the whole in base64. The valence table
 * is stored the same way with one int8 per bucket (valence in half points): hashes and numbers, no words.
 */
const artifactSchema = z.object({
  format: z.literal(SENTIMENT_MODEL_FORMAT),
  version: z.string().min(1),
  classes: z.tuple([z.literal('negative'), z.literal('neutral'), z.literal('positive')]),
  features: z.object({
    dimBits: z.number().int().min(8).max(24),
    charMin: z.number().int().min(1).max(8),
    charMax: z.number().int().min(1).max(8),
    charWeight: z.number().min(0),
    lexiconWeight: z.number().min(0),
    trigrams: z.boolean().optional(),
    ruleWeight: z.number().min(0).optional(),
    translate: z.boolean().optional(),
    translateChars: z.boolean().optional(),
    contrast: z.boolean().optional(),
  }),
  valence: z.object({ bits: z.number().int().min(8).max(24), rows: z.number().int().min(0), data: z.string() }),
  bias: z.tuple([z.number(), z.number(), z.number()]),
  /**
   * Per-class logit offsets tuned on validation data for macro-F1 (the scarce neutral class gains recall);
   * added to `bias` when the model is parsed, kept apart in the file so the tuning stays visible.
   */
  offsets: z.tuple([z.number(), z.number(), z.number()]).optional(),
  temperature: z.number().positive(),
  /** `bits` 16: each weight is a little-endian int16 (absent: int8). */
  weights: z.object({
    scale: z.number().positive(),
    rows: z.number().int().min(0),
    data: z.string(),
    bits: z.union([z.literal(8), z.literal(16)]).optional(),
  }),
  /** Validation figures recorded when the model was trained, by set name. */
  metrics: z.record(z.string(), z.object({ accuracy: z.number(), macroF1: z.number() })).optional(),
});

export type SentimentModelArtifact = z.infer<typeof artifactSchema>;

export interface SentimentModel {
  version: string;
  features: FeatureConfig;
  lexicon: ValenceLexicon;
  bias: readonly [number, number, number];
  temperature: number;
  /** Dense bucket-major weights: `weights[bucket * 3 + class]`. */
  weights: Float32Array;
}

export const CLASS_COUNT = SENTIMENTS.length;

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads `rows` sparse rows of `width` int8 (or int16) values each, bucket numbers delta- and varint-encoded. */
function decodeRows(
  data: string,
  rows: number,
  bits: number,
  width: number,
  write: (bucket: number, column: number, value: number) => void,
  valueBits: 8 | 16 = 8,
): void {
  const size = 1 << bits;
  const bytes = decodeBase64(data);
  let pos = 0;
  let bucket = -1;
  for (let row = 0; row < rows; row++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error('sentiment model: weight data ends early');
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    if (bucket >= size) throw new Error('sentiment model: bucket out of range');
    for (let c = 0; c < width; c++) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error('sentiment model: weight data ends early');
      if (valueBits === 8) {
        write(bucket, c, (byte << 24) >> 24);
        continue;
      }
      const high = bytes[pos++];
      if (high === undefined) throw new Error('sentiment model: weight data ends early');
      write(bucket, c, (((high << 8) | byte) << 16) >> 16);
    }
  }
  if (pos !== bytes.length) throw new Error('sentiment model: trailing weight data');
}

function decodeWeights(artifact: SentimentModelArtifact): Float32Array {
  const weights = new Float32Array((1 << artifact.features.dimBits) * CLASS_COUNT);
  const { scale, rows, data, bits } = artifact.weights;
  decodeRows(
    data,
    rows,
    artifact.features.dimBits,
    CLASS_COUNT,
    (bucket, c, q) => (weights[bucket * CLASS_COUNT + c] = q * scale),
    bits ?? 8,
  );
  return weights;
}

function decodeValence(artifact: SentimentModelArtifact): HashedValenceTable {
  const { bits, rows, data } = artifact.valence;
  const steps = new Int8Array(1 << bits);
  decodeRows(data, rows, bits, 1, (bucket, _c, q) => (steps[bucket] = q));
  return new HashedValenceTable(bits, steps);
}

function withOffsets(
  bias: readonly [number, number, number],
  offsets: readonly [number, number, number] | undefined,
): readonly [number, number, number] {
  return offsets ? [bias[0] + offsets[0], bias[1] + offsets[1], bias[2] + offsets[2]] : bias;
}

/** Validates a parsed JSON artifact and unpacks its weights; throws with the reason when it is not a model. */
export function parseSentimentModel(json: unknown): SentimentModel {
  const result = artifactSchema.safeParse(json);
  if (!result.success) throw new Error(`sentiment model: invalid artifact: ${result.error.message}`);
  const artifact = result.data;
  if (artifact.features.charMin > artifact.features.charMax) throw new Error('sentiment model: charMin exceeds charMax');
  return {
    version: artifact.version,
    features: artifact.features,
    lexicon: decodeValence(artifact),
    bias: withOffsets(artifact.bias, artifact.offsets),
    temperature: artifact.temperature,
    weights: decodeWeights(artifact),
  };
}
