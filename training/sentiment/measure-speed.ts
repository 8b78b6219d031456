/*
 * `npx tsx training/sentiment/measure-speed.ts`: texts per second of scoreSentiment, features included, on
 * pre-normalised SmSA valid and NusaX texts: the first pass (empty per-word character cache) and warm passes.
 * An artifact path as the argument measures that file instead of the shipped model.
 */
import { readFileSync } from 'node:fs';
import { scoreSentiment } from '../../core/analysis/sentiment';
import { loadSentimentValidationSets } from './evaluate-sentiment';
import { loadShippedSentimentModel } from './sentiment-artifact';
import { parseSentimentModel } from '../../core/analysis/sentiment/sentiment-model';
import { normaliseForSentiment } from './sentiment-normaliser';

const file = process.argv.slice(2).find((a) => a !== '--');
const model = file ? parseSentimentModel(JSON.parse(readFileSync(file, 'utf8'))) : loadShippedSentimentModel();
const normalised = loadSentimentValidationSets().flatMap((set) => set.texts.map(({ text }) => normaliseForSentiment(text)));
const meanWords = normalised.reduce((sum, n) => sum + n.words.length, 0) / normalised.length;
let sink = 0;
let start = performance.now();
for (const n of normalised) sink += scoreSentiment(model, n).scores.positive;
const cold = normalised.length / ((performance.now() - start) / 1000);
for (let round = 0; round < 3; round++) for (const n of normalised) sink += scoreSentiment(model, n).scores.positive;
const rounds = 20;
start = performance.now();
for (let round = 0; round < rounds; round++) for (const n of normalised) sink += scoreSentiment(model, n).scores.positive;
const warm = (rounds * normalised.length) / ((performance.now() - start) / 1000);
console.log(
  `first pass ${Math.round(cold)} texts/s, warm ${Math.round(warm)} texts/s (${normalised.length} texts, mean ${meanWords.toFixed(1)} words) [${sink > 0}]`,
);
