import type { SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import type { TrainingSource } from './build-sentiment-model';
import type { ClassificationReport } from './classification-metrics';
import { SHIPPED_CONFIG } from './shipped-config';

export const CARD_DATE = '2026-11-21';

export interface CardInput {
  artifact: SentimentModelArtifact;
  sources: readonly TrainingSource[];
  results: readonly { name: string; report: ClassificationReport }[];
  bytes: number;
}

/** The model card, generated with the artifact so its figures are always the artifact's own. */
export function writeSentimentCard({ artifact, sources, results, bytes }: CardInput): string {
  const metricRows = results.map(
    ({ name, report }) => `| ${name} | ${report.count} | ${report.accuracy.toFixed(4)} | ${report.macroF1.toFixed(4)} |`,
  );
  const confusions = results.map(
    ({ name, report }) =>
      `${name} (rows gold, columns predicted: negative, neutral, positive): ${report.confusion.map((row) => `[${row.join(', ')}]`).join(' ')}`,
  );
  return [
    `# Sentiment model ${artifact.version}`,
    '',
    `Date: ${CARD_DATE} · file: \`sentiment-${artifact.version}.json\` (${(bytes / 1024 / 1024).toFixed(2)} MB, ${artifact.weights.rows} weight rows) · seed: ${SHIPPED_CONFIG.seed}`,
    '',
    'Reproduce: `npm run train:sentiment` (reads `../shared/data/sentiment`); evaluate: `npm run eval -- sentiment`.',
    '',
    '## Data',
    '',
    ...sources.map((s) => `- ${s.name}: ${s.texts.length} texts, weight ${s.weight}`),
    '',
    'NusaX-id and NusaX-en are used for validation only. SmSA valid is used to calibrate the temperature.',
    '',
    '## Validation',
    '',
    '| set | n | accuracy | macro-F1 |',
    '|---|---|---|---|',
    ...metricRows,
    '',
    ...confusions.map((c) => `- ${c}`),
    '',
    '## Design',
    '',
    `Multinomial logistic regression (AdaGrad, ${SHIPPED_CONFIG.epochs} epochs, L2 ${SHIPPED_CONFIG.l2}) over ${2 ** artifact.features.dimBits} hashed buckets; weights int8-quantised; temperature ${artifact.temperature}.`,
    `Features: ${JSON.stringify(artifact.features)}.`,
    '',
  ].join('\n');
}
