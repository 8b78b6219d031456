import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSentimentModel, type SentimentModel } from '../../core/analysis/sentiment/sentiment-model';

/** The shipped model's version; train.ts writes `models/sentiment/sentiment-<version>.json`. */
export const SENTIMENT_MODEL_VERSION = '2026.11.22-3';
export const SENTIMENT_MODEL_DIR = resolve(import.meta.dirname, '../../models/sentiment');
export const SENTIMENT_MODEL_PATH = resolve(SENTIMENT_MODEL_DIR, `sentiment-${SENTIMENT_MODEL_VERSION}.json`);
export const SENTIMENT_CARD_PATH = resolve(SENTIMENT_MODEL_DIR, 'CARD.md');

export function loadShippedSentimentModel(): SentimentModel {
  return parseSentimentModel(JSON.parse(readFileSync(SENTIMENT_MODEL_PATH, 'utf8')));
}
