/* `npx tsx training/sentiment/measure-speed.ts`: texts per second of scoreSentiment, features included, on SmSA valid and NusaX. */
import { scoreSentiment } from '../../core/analysis/sentiment';
import { loadSentimentValidationSets } from './evaluate-sentiment';
import { loadShippedSentimentModel } from './sentiment-artifact';
import { normaliseForSentiment } from './sentiment-normaliser';

const model = loadShippedSentimentModel();
const normalised = loadSentimentValidationSets().flatMap((set) => set.texts.map(({ text }) => normaliseForSentiment(text)));
const meanWords = normalised.reduce((sum, n) => sum + n.words.length, 0) / normalised.length;
let sink = 0;
for (let round = 0; round < 3; round++) for (const n of normalised) sink += scoreSentiment(model, n).scores.positive;
const rounds = 20;
const start = performance.now();
for (let round = 0; round < rounds; round++) for (const n of normalised) sink += scoreSentiment(model, n).scores.positive;
const seconds = (performance.now() - start) / 1000;
console.log(
  `${Math.round((rounds * normalised.length) / seconds)} texts/s (${normalised.length} texts, mean ${meanWords.toFixed(1)} words) [${sink > 0}]`,
);
