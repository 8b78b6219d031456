import { SENTIMENTS, type Sentiment, type TextAnalysis } from '../../../core/analysis';

/** How many of the latest reviewed mentions the adapted analysis is checked against. */
const ADAPTED_SAMPLE = 1000;

interface CorrectionRow {
  mention_id: number;
  predicted: string;
  corrected: string;
  created_at: number;
}

interface TextCorrection extends CorrectionRow {
  text: string;
}

/** Newest first in, the first review of each mention out: later ones relabel a person's label, not the model's. */
function firstReviews<T extends CorrectionRow>(rows: readonly T[]): T[] {
  const first = new Map<number, T>();
  for (const row of rows) first.set(row.mention_id, row);
  return [...first.values()];
}

/** The same set of categories, in any order. */
function sameCategories(a: string, b: string): boolean {
  const left = (JSON.parse(a) as string[]).slice().sort();
  const right = (JSON.parse(b) as string[]).slice().sort();
  return left.length === right.length && left.every((v, i) => v === right[i]);
}

/**
 * The accuracy view: of the mentions people reviewed, how often the analysis had it right
 * (a review that keeps the label counts as agreement), the confusion between the analysis's
 * sentiment and the reviewer's, and how the workspace's adapted analysis labels those texts now.
 */
export function summariseCorrections(
  rows: { sentiment: readonly TextCorrection[]; categories: readonly TextCorrection[] },
  analyseNow: (text: string) => Pick<TextAnalysis, 'sentiment' | 'categories'>,
) {
  const sentiment = firstReviews(rows.sentiment);
  const confusion = Object.fromEntries(SENTIMENTS.map((p) => [p, Object.fromEntries(SENTIMENTS.map((c) => [c, 0]))])) as Record<
    Sentiment,
    Record<Sentiment, number>
  >;
  let sentimentAgreed = 0;
  for (const r of sentiment) {
    const predicted = r.predicted as Sentiment;
    const corrected = r.corrected as Sentiment;
    if (confusion[predicted]?.[corrected] !== undefined) confusion[predicted][corrected]++;
    if (predicted === corrected) sentimentAgreed++;
  }
  // The latest label a person gave each mention is what the adapted analysis should now say; the view
  // re-analyses only the most recent ones, so its cost stays flat as corrections pile up.
  const latest = new Map<number, TextCorrection>();
  for (const r of rows.sentiment) if (!latest.has(r.mention_id)) latest.set(r.mention_id, r);
  const sample = [...latest.values()].slice(0, ADAPTED_SAMPLE);
  const adaptedAgreed = sample.filter((r) => analyseNow(r.text).sentiment === r.corrected).length;

  const categories = firstReviews(rows.categories);
  const categoriesAgreed = categories.filter((r) => sameCategories(r.predicted, r.corrected)).length;
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

  return {
    sentiment: {
      reviewed: sentiment.length,
      agreed: sentimentAgreed,
      accuracy: ratio(sentimentAgreed, sentiment.length),
      confusion,
      adaptedAgreed,
      adaptedChecked: sample.length,
      adaptedAccuracy: ratio(adaptedAgreed, sample.length),
    },
    categories: { reviewed: categories.length, agreed: categoriesAgreed, accuracy: ratio(categoriesAgreed, categories.length) },
    recent: [
      ...rows.sentiment.map((r) => ({ ...r, field: 'sentiment' as const })),
      ...rows.categories.map((r) => ({ ...r, field: 'categories' as const })),
    ]
      .sort((a, b) => b.created_at - a.created_at)
      .slice(0, 20)
      .map((r) => ({ mentionId: r.mention_id, field: r.field, predicted: r.predicted, corrected: r.corrected, at: r.created_at })),
  };
}
