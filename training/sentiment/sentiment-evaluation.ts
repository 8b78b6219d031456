import { formatReport } from './classification-metrics';
import { evaluateSentiment, loadSentimentValidationSets } from './evaluate-sentiment';
import { SENTIMENT_MODEL_PATH, loadShippedSentimentModel } from './sentiment-artifact';
import { normaliseForSentiment } from './sentiment-normaliser';

/** The shipped sentiment model on SmSA valid, NusaX-id valid and NusaX-en valid. */
export const sentimentEvaluation = {
  description: 'accuracy, macro-F1 and confusion matrix of the shipped model',
  run(): string {
    const model = loadShippedSentimentModel();
    const lines = [`model ${model.version} (${SENTIMENT_MODEL_PATH})`];
    for (const set of loadSentimentValidationSets())
      lines.push(formatReport(set.name, evaluateSentiment(model, set, normaliseForSentiment)));
    return lines.join('\n');
  },
};
