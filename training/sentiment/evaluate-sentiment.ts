import type { SentimentModel } from '../../core/analysis/sentiment/sentiment-model';
import { scoreSentiment } from '../../core/analysis/sentiment/score-sentiment';
import { measureClassification, type ClassificationReport } from './classification-metrics';
import { loadNusax, loadSmsa, type LabelledText } from './sentiment-data';
import type { Normalise } from './build-sentiment-model';

export interface ValidationSet {
  name: string;
  texts: readonly LabelledText[];
}

/** The validation sets every sentiment model is reported on (none of them is trained on). */
export function loadSentimentValidationSets(): ValidationSet[] {
  return [
    { name: 'SmSA valid', texts: loadSmsa('valid') },
    { name: 'NusaX-id valid', texts: loadNusax('id', 'valid') },
    { name: 'NusaX-en valid', texts: loadNusax('en', 'valid') },
  ];
}

export function evaluateSentiment(model: SentimentModel, set: ValidationSet, normalise: Normalise): ClassificationReport {
  const predicted = set.texts.map(({ text }) => scoreSentiment(model, normalise(text)).sentiment);
  return measureClassification(
    set.texts.map(({ label }) => label),
    predicted,
  );
}
