import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Sentiment } from '../../core/analysis/analysis.types';
import { PROJECT_ROOT } from '../../server/project-root';

/** Where the training and validation data live: `SIAGA_SHARED_DATA` when set, else `../shared/data` beside the project. */
export const DATA_ROOT = process.env['SIAGA_SHARED_DATA'] ?? resolve(PROJECT_ROOT, '../shared/data');
export const SENTIMENT_DATA = resolve(DATA_ROOT, 'sentiment');

export interface LabelledText {
  text: string;
  label: Sentiment;
}

function readRows(file: string): Record<string, string>[] {
  return parse(readFileSync(resolve(SENTIMENT_DATA, file), 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true });
}

function toSentiment(label: string): Sentiment {
  const lower = label.trim().toLowerCase();
  if (lower === 'negative' || lower === 'neutral' || lower === 'positive') return lower;
  throw new Error(`unknown sentiment label: ${label}`);
}

/** SmSA (IndoNLU): `text<TAB>label`, no header. */
export function loadSmsa(split: 'train' | 'valid'): LabelledText[] {
  const lines = readFileSync(resolve(SENTIMENT_DATA, `smsa/${split}.tsv`), 'utf8').split('\n');
  const out: LabelledText[] = [];
  for (const line of lines) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    out.push({ text: line.slice(0, tab), label: toSentiment(line.slice(tab + 1)) });
  }
  return out;
}

/** PRDECT-ID: Tokopedia reviews with a Positive / Negative label. */
export function loadPrdect(): LabelledText[] {
  return readRows('prdect-id/prdect-id.csv').map((row) => ({
    text: row['Customer Review'] ?? '',
    label: toSentiment(row['Sentiment'] ?? ''),
  }));
}

/** IndoLEM sentiment: the Indonesian column, 1 positive, 0 negative. */
export function loadIndolem(): LabelledText[] {
  return readRows('indolem-minangnlp/indolem-sentiment.csv').map((row) => ({
    text: row['indonesia'] ?? '',
    label: row['label'] === '1' ? 'positive' : 'negative',
  }));
}

/** NusaX-senti: for validation only, never for training the shipped model. */
export function loadNusax(language: 'id' | 'en', split: 'train' | 'valid'): LabelledText[] {
  return readRows(`nusax-${language}/${split}.csv`).map((row) => ({ text: row['text'] ?? '', label: toSentiment(row['label'] ?? '') }));
}

/** VADER: `token<TAB>mean valence<TAB>…` per line. */
export function loadVaderLexicon(): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const line of readFileSync(resolve(SENTIMENT_DATA, 'lexicons/vader/vader_lexicon.txt'), 'utf8').split('\n')) {
    const [token, valence] = line.split('\t');
    if (token && valence !== undefined) lexicon.set(token, Number(valence));
  }
  return lexicon;
}

/** VADER's emoji file gives descriptions, not valences: `emoji<TAB>description`. */
export function loadVaderEmoji(): Map<string, string> {
  const emoji = new Map<string, string>();
  for (const line of readFileSync(resolve(SENTIMENT_DATA, 'lexicons/vader/emoji_utf8_lexicon.txt'), 'utf8').split('\n')) {
    const [symbol, description] = line.split('\t');
    if (symbol && description) emoji.set(symbol, description);
  }
  return emoji;
}
