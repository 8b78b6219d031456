import type { SentimentModelArtifact } from '../../core/analysis/sentiment/sentiment-model';
import type { BuiltSentimentModel, TrainingSource } from './build-sentiment-model';
import type { ClassificationReport } from './classification-metrics';
import { SHIPPED_CONFIG } from './shipped-config';

import { LIMITATIONS, MEASURED } from './sentiment-card-notes';

export const CARD_DATE = '2026-11-22';

export interface CardInput {
  artifact: SentimentModelArtifact;
  sources: readonly TrainingSource[];
  results: readonly { name: string; report: ClassificationReport }[];
  crossFit?: BuiltSentimentModel['crossFit'];
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
  '  and neutral statements about products, services, apps, deliveries, restaurants, banks, telcos and travel, weight 8.',
  '  Neither the glossary nor the sentences were written from or checked against NusaX texts.',
  '- Contrast: each word after an adversative (`tapi`, `tetapi`, `namun`, `padahal`, `melainkan`, `but`, `however`, `yet`) up to',
  '  the end of the text also emits a word feature of its own (negated words apart), so the clause that usually carries a',
  '  mixed review’s verdict (`makanannya enak tapi pelayanannya lama`) can weigh differently from the rest.',
  '- Text shape: a text under half English also emits its length band (log2 of the word count), how many numbers it holds',
  '  (0, 1, 2 or more) and whether it has a `?`, `!` or `:`, since headlines, adverts and questions lean neutral and long',
  '  reviews do not. English texts emit none: the English training texts are synthetic or hand-written.',
  '- Neutral examples weigh 1.5 in the loss (SmSA has few).',
  '- Polarity-only data: PRDECT-ID (Tokopedia reviews) and IndoLEM (tweets and reviews), raw text labelled positive or negative',
  '  with no neutral option, weight 0.3. Their loss is a softmax over negative and positive only, so they teach polarity in raw',
  '  registers without teaching the model that nothing is neutral; NB ratios are counted on the other sources only.',
  '- Class offsets: a logit offset for negative and for neutral (positive fixed at 0) is searched on a 0.05 grid in [−1.5, 1.5]',
  '  to maximise macro-F1 on out-of-fold predictions of SmSA train (5 folds, the same seeded split as cross-validate.ts; each',
  '  fold predicted by a model trained on the other four plus the other sources; ties go to the offsets nearest zero). They are',
  '  stored apart in the artifact (`offsets`) and added to the bias when it is parsed, so scoring costs nothing more.',
  '',
  '## Lexicons and licences',
  '',
  '- The artifact carries no copy of the VADER lexicon. It carries a derived table: each single-word VADER entry is hashed into',
  '  one of 2^22 buckets and its valence rounded to half a point (int8); the table holds hash buckets and numbers, no words, so',
  '  it cannot be read back as the lexicon. A word outside the lexicon whose bucket is taken (under 0.2 % of words) borrows a',
  '  valence. VADER (MIT) is used at training time from `../shared/data`, for the table and the synthetic English texts.',
  "  VADER's emoticon entries are left out.",
  '- The same table holds Indonesian word valences learnt from PRDECT-ID and IndoLEM (both MIT; `indonesian-valence.ts`):',
  '  for each word in at least 20 of their texts, the smoothed log-ratio of its share of positive and of negative texts (an',
  '  occurrence inside a negation scope counts for the other polarity), kept when at least 1.5 in size, as its valence; letters',
  '  only, no negators or English function words, and words VADER has keep VADER’s. About 170 words (`bagus`, `kecewa`, `rapi`,',
  '  `jelek`, … and some topical ones from the tweets). Through the valence features and the rule-based scorer they lend',
  '  polarity to Indonesian words the three-class data has seldom or never seen, negated ones included.',
  "- Emoji and emoticon valences come from the project's own list (`core/analysis/sentiment/signal-valence.ts`, written from",
  "  scratch); VADER's emoji file (descriptions, no valences) is not used.",
  '',
];

/** The model card, generated with the artifact so its figures are always the artifact's own. */
export function writeSentimentCard({ artifact, sources, results, crossFit, bytes }: CardInput): string {
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
    'NusaX-id and NusaX-en are used for validation only. SmSA valid calibrates the temperature (which never changes a label);',
    'the class offsets are fitted on out-of-fold predictions of SmSA train, not on SmSA valid. Configuration choices (data',
    'weights, features, hyper-parameters) were compared on SmSA valid and on 5-fold cross-validation of SmSA train (see',
    'Measured alternatives), so the SmSA valid figure is a selected-on figure; the out-of-fold figure below is not.',
    '',
    '## Validation',
    '',
    '| set | n | accuracy | macro-F1 |',
    '|---|---|---|---|',
    ...metricRows,
    '',
    ...confusions.map((c) => `- ${c}`),
    ...(crossFit
      ? [
          `- SmSA train out-of-fold (${crossFit.folds} folds, n=${crossFit.count}, each fold predicted by a model trained without it, unquantised): macro-F1 ${crossFit.macroF1.toFixed(4)}; with the offsets, which were fitted on these same predictions, ${crossFit.macroF1WithOffsets.toFixed(4)}. Cross-validated (mean of the folds’ macro-F1 without offsets): ${(crossFit.foldMacroF1.reduce((a, b) => a + b, 0) / crossFit.folds).toFixed(4)} (folds ${crossFit.foldMacroF1.map((f) => f.toFixed(4)).join(' ')}).`,
        ]
      : []),
    '',
    '## Design',
    '',
    `Multinomial logistic regression (AdaGrad, ${SHIPPED_CONFIG.epochs} epochs, learning rate ${SHIPPED_CONFIG.learningRate}, decay ${SHIPPED_CONFIG.decay}, L2 ${SHIPPED_CONFIG.l2}, class weights ${SHIPPED_CONFIG.classWeights.join('/')}, NB scaling ${SHIPPED_CONFIG.nb}, ${SHIPPED_CONFIG.ensemble} seed(s) averaged) over ${2 ** artifact.features.dimBits} hashed buckets; weights int${artifact.weights.bits ?? 8}-quantised; temperature ${artifact.temperature}; class logit offsets (negative, neutral, positive) ${JSON.stringify(artifact.offsets ?? [0, 0, 0])}, fitted for macro-F1 on out-of-fold predictions of SmSA train.`,
    `Features: ${JSON.stringify(artifact.features)}.`,
    '',
    ...DESIGN_NOTES,
    ...MEASURED,
    '',
    ...LIMITATIONS,
    '',
  ].join('\n');
}
