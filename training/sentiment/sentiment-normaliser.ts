import type { Normalise } from './build-sentiment-model';
import { simpleNormalise } from './simple-normalise';

/** The normaliser the shipped model is trained and evaluated with; scoring must use the same one. */
export const normaliseForSentiment: Normalise = simpleNormalise;
