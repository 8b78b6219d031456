import { SENTIMENTS, type Sentiment } from '../../core/analysis/analysis.types';

export interface ClassificationReport {
  count: number;
  accuracy: number;
  macroF1: number;
  /** `confusion[gold][predicted]` in SENTIMENTS order. */
  confusion: number[][];
}

export function measureClassification(gold: readonly Sentiment[], predicted: readonly Sentiment[]): ClassificationReport {
  const k = SENTIMENTS.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let correct = 0;
  gold.forEach((label, i) => {
    const g = SENTIMENTS.indexOf(label);
    const p = SENTIMENTS.indexOf(predicted[i] ?? 'neutral');
    const row = confusion[g];
    if (row) row[p] = (row[p] ?? 0) + 1;
    if (g === p) correct++;
  });
  let f1Sum = 0;
  for (let c = 0; c < k; c++) {
    const tp = confusion[c]?.[c] ?? 0;
    const goldCount = confusion[c]?.reduce((a, b) => a + b, 0) ?? 0;
    const predictedCount = confusion.reduce((a, row) => a + (row[c] ?? 0), 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = goldCount === 0 ? 0 : tp / goldCount;
    f1Sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return { count: gold.length, accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1: f1Sum / k, confusion };
}

export function formatReport(name: string, report: ClassificationReport): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${name}  n=${report.count}  accuracy=${report.accuracy.toFixed(4)}  macro-F1=${report.macroF1.toFixed(4)}`,
    `  ${'gold \\ predicted'.padEnd(18)}${SENTIMENTS.map((s) => pad(s, 10)).join('')}`,
  ];
  SENTIMENTS.forEach((s, i) => lines.push(`  ${s.padEnd(18)}${(report.confusion[i] ?? []).map((n) => pad(n, 10)).join('')}`));
  return lines.join('\n');
}
