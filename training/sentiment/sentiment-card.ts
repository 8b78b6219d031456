import type { SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import type { TrainingSource } from './build-sentiment-model';
import type { ClassificationReport } from './classification-metrics';
import { SHIPPED_CONFIG } from './shipped-config';

import { LIMITATIONS, MEASURED } from './sentiment-card-notes';

export const CARD_DATE = '2026-11-21';

export interface CardInput {
  artifact: SentimentModelArtifact;
  sources: readonly TrainingSource[];
  results: readonly { name: string; report: ClassificationReport }[];
  bytes: number;
}

const DESIGN_NOTES = [
  '- Text: `normaliseText` from `core/analysis/text` (slang expanded, hashtags split, clitics split, repeated letters squeezed,',
  '  emoji and emoticons as signals, clause boundaries as `breaks`). Training, evaluation and the server use the same function.',
  '- Word group: unigrams (a word inside a negation scope is a different feature: `tidak`, `bukan`, `belum`, `jangan`, `kurang`,',
  "  `tanpa`, `not`, `no`, `never`, `n't` open a scope of at most 3 words that ends at a clause boundary or at `tapi`/`namun`/`but`/…,",
  '  so in `gak ramah, kecewa berat` only `ramah` is negated), bigrams, intensified words, emoji and emoticons, and the rounded',
  '  valence of lexicon words (a separate feature in English texts). Character group: 3–5-grams of each word. Each group is',
  '  scaled to unit length (character group ×0.5).',
  '- NB scaling (Wang & Manning 2012): each word and character bucket is multiplied by its largest one-vs-rest log-count ratio',
  '  on the training data; the scale is folded into the exported weights, so scoring needs no extra table.',
  '- Rule-based valence scorer of our own (`valence-scorer.ts`, in the manner of VADER): lexicon valence with intensifiers and',
  '  dampeners, negation flip (×−0.74) within the clause, capitals, `!`, the clause after `but`/`tapi` ×1.5 and before it ×0.5,',
  '  emoji. Its compound score and positive/negative shares are dense features, once weighted by the share of English function',
  '  words in the text and once by the rest, plus the English share itself; log sums of positive and negative valence as before.',
  '- English: VADER-labelled synthetic English reviews (neutral domain filler with 1–3 lexicon words of one polarity, 20 % negated',
  '  opposites) teach English sentiment words and that English filler alone is neutral.',
  '- English through Indonesian: a text whose English share is at least 0.5 also emits the word features (negation-marked',
  '  unigrams, bigrams, intensified words) of its word-by-word Indonesian rendering, made with the project glossary',
  '  `core/analysis/sentiment/english-indonesian.ts` (our own 804 entries of sentiment-bearing and review/complaint words,',
  '  plain inflections looked up too; English words outside it are left out), so weights learnt from Indonesian apply to English.',
  '- Hand-written English sentences (`training/sentiment/english-handwritten.ts`, project data): 300 complaints, praise',
  '  and neutral statements about products, services, apps, deliveries, restaurants, banks, telcos and travel, weight 3.',
  '  Neither the glossary nor the sentences were written from or checked against NusaX texts.',
  '- Neutral examples weigh 1.5 in the loss (SmSA has few).',
  '- Class offsets: after training, a logit offset for negative and for neutral (positive fixed at 0) is searched on a 0.05 grid',
  '  in [−1.5, 1.5] to maximise macro-F1 on SmSA valid (ties go to the offsets nearest zero). They are stored apart in the',
  '  artifact (`offsets`) and added to the bias when it is parsed, so scoring costs nothing more.',
  '',
  '## Lexicons and licences',
  '',
  '- The artifact carries no copy of the VADER lexicon. It carries a derived table: each single-word VADER entry is hashed into',
  '  one of 2^22 buckets and its valence rounded to half a point (int8); the table holds hash buckets and numbers, no words, so',
  '  it cannot be read back as the lexicon. A word outside the lexicon whose bucket is taken (under 0.2 % of words) borrows a',
  '  valence. VADER (MIT) is used at training time from `../shared/data`, for the table and the synthetic English texts.',
  "  VADER's emoticon entries are left out.",
  "- Emoji and emoticon valences come from the project's own list (`core/analysis/sentiment/signal-valence.ts`, written from",
  "  scratch); VADER's emoji file (descriptions, no valences) is not used.",
  '',
];

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
    'NusaX-id and NusaX-en are used for validation only. SmSA valid is used to calibrate the temperature and to tune the class',
    'offsets, so the SmSA valid figure below is a tuned-on-valid figure (see the cross-validated estimate under Measured alternatives).',
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
    `Multinomial logistic regression (AdaGrad, ${SHIPPED_CONFIG.epochs} epochs, learning rate ${SHIPPED_CONFIG.learningRate}, decay ${SHIPPED_CONFIG.decay}, L2 ${SHIPPED_CONFIG.l2}, class weights ${SHIPPED_CONFIG.classWeights.join('/')}, NB scaling ${SHIPPED_CONFIG.nb}, ${SHIPPED_CONFIG.ensemble} seed(s) averaged) over ${2 ** artifact.features.dimBits} hashed buckets; weights int8-quantised; temperature ${artifact.temperature}; class logit offsets (negative, neutral, positive) ${JSON.stringify(artifact.offsets ?? [0, 0, 0])}, tuned on SmSA valid for macro-F1.`,
    `Features: ${JSON.stringify(artifact.features)}.`,
    '',
    ...DESIGN_NOTES,
    ...MEASURED,
    '',
    ...LIMITATIONS,
    '',
  ].join('\n');
}
