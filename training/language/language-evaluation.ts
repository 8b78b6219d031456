import { LANGUAGE_CODES, type LanguageCode } from '../../core/analysis/analysis.types';
import { DATA_ROOT } from '../sentiment/sentiment-data';
import { evaluateLanguage } from './eval-language';

/** F1 of one language, from the confusion matrix (rows expected, columns predicted). */
function f1Of(language: LanguageCode, confusion: ReturnType<typeof evaluateLanguage>['confusion']): number {
  const truePositive = confusion[language]?.[language] ?? 0;
  const expected = Object.values(confusion[language] ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
  const predicted = LANGUAGE_CODES.reduce((sum, from) => sum + (confusion[from]?.[language] ?? 0), 0);
  if (truePositive === 0) return 0;
  const precision = truePositive / predicted;
  const recall = truePositive / expected;
  return (2 * precision * recall) / (precision + recall);
}

/** Language identification on NusaX valid: Indonesian texts and their English translations. */
export const languageEvaluation = {
  description: 'language identification on NusaX-id valid (id) and NusaX-en valid (en)',
  run(): string {
    const result = evaluateLanguage(DATA_ROOT);
    const expected: LanguageCode[] = ['id', 'en'];
    const columns = LANGUAGE_CODES.filter(
      (code) => expected.some((e) => (result.confusion[e]?.[code] ?? 0) > 0) || expected.includes(code),
    );
    const macroF1 = expected.reduce((sum, code) => sum + f1Of(code, result.confusion), 0) / expected.length;
    const lines = [
      `language identification  n=${result.rows.length}  accuracy=${result.accuracy.toFixed(4)}  macro-F1=${macroF1.toFixed(4)}`,
      `  confusion (rows expected, columns predicted: ${columns.join(', ')})`,
      ...expected.map((code) => `  ${code}: [${columns.map((c) => result.confusion[code]?.[c] ?? 0).join(', ')}]`),
    ];
    for (const row of result.rows.filter((r) => r.expected !== r.predicted))
      lines.push(`  missed ${row.expected}→${row.predicted}: ${row.text}`);
    return lines.join('\n');
  },
};
