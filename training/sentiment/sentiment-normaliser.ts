import { normaliseText } from '../../core/analysis/text';
import type { Normalise } from './build-sentiment-model';

/** The normaliser the shipped model is trained and evaluated with; scoring must use the same one. */
export const normaliseForSentiment: Normalise = normaliseText;
