/**
 * Language identification on NusaX-senti valid: the Indonesian texts (expected `id`) and their
 * English translations (expected `en`). NusaX is validation only: nothing is trained on it.
 *
 *   npx tsx training/language/eval-language.ts [../shared/data]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LanguageCode } from '../../core/analysis/analysis.types';
import { detectLanguage } from '../../core/analysis/language/index';

export interface LanguageEvalRow {
  text: string;
  expected: LanguageCode;
  predicted: LanguageCode;
  confidence: number;
}

export interface LanguageEvaluation {
  rows: LanguageEvalRow[];
  accuracy: number;
  /** confusion[expected][predicted] = count */
  confusion: Partial<Record<LanguageCode, Partial<Record<LanguageCode, number>>>>;
}

function readTexts(file: string): string[] {
  const records = parse<{ text: string }>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  return records.map((r) => r.text);
}

export function evaluateLanguage(dataDir: string): LanguageEvaluation {
  const sets: [LanguageCode, string][] = [
    ['id', join(dataDir, 'sentiment/nusax-id/valid.csv')],
    ['en', join(dataDir, 'sentiment/nusax-en/valid.csv')],
  ];
  const rows: LanguageEvalRow[] = [];
  const confusion: LanguageEvaluation['confusion'] = {};
  for (const [expected, file] of sets) {
    for (const text of readTexts(file)) {
      const { language, confidence } = detectLanguage(text);
      rows.push({ text, expected, predicted: language, confidence });
      const line = (confusion[expected] ??= {});
      line[language] = (line[language] ?? 0) + 1;
    }
  }
  const correct = rows.filter((r) => r.expected === r.predicted).length;
  return { rows, accuracy: rows.length === 0 ? 0 : correct / rows.length, confusion };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = evaluateLanguage(process.argv[2] ?? resolve('../shared/data'));
  console.log(`language accuracy ${(result.accuracy * 100).toFixed(1)}% on ${result.rows.length} texts`);
  console.log('confusion (expected → predicted):', JSON.stringify(result.confusion));
  for (const r of result.rows.filter((x) => x.expected !== x.predicted)) console.log(`  ${r.expected}→${r.predicted} ${r.text}`);
}
