import { z } from 'zod';
import { SENTIMENTS } from '../analysis.types';
import type { FeatureConfig, ValenceLexicon } from './sentiment-features';

export const SENTIMENT_MODEL_FORMAT = 'siaga-sentiment/1';

/**
 * The artifact as stored: weights are int8-quantised rows of three (negative, neutral, positive), one per
 * non-zero hash bucket, bucket numbers delta- and varint-encoded, the whole in base64.
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
  }),
  lexicon: z.record(z.string(), z.number()),
  bias: z.tuple([z.number(), z.number(), z.number()]),
  temperature: z.number().positive(),
  weights: z.object({ scale: z.number().positive(), rows: z.number().int().min(0), data: z.string() }),
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

function decodeWeights(artifact: SentimentModelArtifact): Float32Array {
  const size = 1 << artifact.features.dimBits;
  const weights = new Float32Array(size * CLASS_COUNT);
  const bytes = decodeBase64(artifact.weights.data);
  const { scale } = artifact.weights;
  let pos = 0;
  let bucket = -1;
  for (let row = 0; row < artifact.weights.rows; row++) {
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
    for (let c = 0; c < CLASS_COUNT; c++) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error('sentiment model: weight data ends early');
      weights[bucket * CLASS_COUNT + c] = ((byte << 24) >> 24) * scale;
    }
  }
  if (pos !== bytes.length) throw new Error('sentiment model: trailing weight data');
  return weights;
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
    lexicon: new Map(Object.entries(artifact.lexicon)),
    bias: artifact.bias,
    temperature: artifact.temperature,
    weights: decodeWeights(artifact),
  };
}
