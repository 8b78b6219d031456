import { negativeBinomialUpperTail } from './count-tail';
import type { Sensitivity } from './detection.types';
import { SENSITIVITY_THRESHOLDS, scoreFromPValue } from './sensitivity';

const HOUR = 3_600_000;

/**
 * Key phrases whose count in a bucket bursts against their own share of the brand's mentions: a new
 * hashtag or "<product> keracunan" surfaces, while a phrase that only rises with the whole volume does not.
 * Each term keeps a decayed count, aged lazily when it appears, so a bucket costs O(its terms).
 */
export interface EmergingTermsRule {
  sensitivity: Sensitivity;
  /** A term must appear in at least this many mentions of the bucket. */
  minSupport: number;
  /** How long a term's history counts. */
  memoryMs: number;
  /** A term is reported again only after this long. */
  refractoryMs: number;
  warmupMs: number;
  /** Terms kept in the state; the faintest are dropped beyond it. */
  maxTerms: number;
}

export const DEFAULT_EMERGING_TERMS_RULE: EmergingTermsRule = {
  sensitivity: 'medium',
  minSupport: 5,
  memoryMs: 7 * 24 * HOUR,
  refractoryMs: 24 * HOUR,
  warmupMs: 24 * HOUR,
  maxTerms: 20_000,
};

/** A term never seen is expected at this many mentions over the memory, so novelty alone is not a burst. */
const PRIOR_COUNT = 1;
/** Term counts are overdispersed (mentions quote each other). */
const TERM_DISPERSION = 0.1;

export interface EmergingTerm {
  term: string;
  count: number;
  expected: number;
  pValue: number;
  score: number;
  /** The term had (almost) no history. */
  isNew: boolean;
}

export interface EmergingTermsState {
  version: 1;
  first: number | null;
  last: number | null;
  /** Decayed sum of the brand's mentions per bucket, as of `last`. */
  total: number;
  /** term → [decayed count as of `at`, at, last reported at (or −1)] */
  terms: Record<string, [number, number, number]>;
}

export function createEmergingTermsDetector(
  rule: Partial<EmergingTermsRule> = {},
  state?: EmergingTermsState,
): {
  observe(bucketStart: number, termCounts: Readonly<Record<string, number>>, mentions: number): EmergingTerm[];
  snapshot(): EmergingTermsState;
} {
  const r: EmergingTermsRule = { ...DEFAULT_EMERGING_TERMS_RULE, ...rule };
  const threshold = SENSITIVITY_THRESHOLDS[r.sensitivity].on;
  const s: EmergingTermsState = state ? structuredClone(state) : { version: 1, first: null, last: null, total: 0, terms: {} };
  const decay = (from: number, to: number) => Math.exp(-Math.max(0, to - from) / r.memoryMs);

  // Counted as terms are added, so a bucket that adds none does not list them all to find out.
  let termCount = Object.keys(s.terms).length;
  const prune = () => {
    if (termCount <= r.maxTerms) return;
    const entries = Object.entries(s.terms);
    const now = s.last ?? 0;
    entries.sort((a, b) => b[1][0] * decay(b[1][1], now) - a[1][0] * decay(a[1][1], now));
    s.terms = Object.fromEntries(entries.slice(0, Math.floor(r.maxTerms * 0.8)));
    termCount = Object.keys(s.terms).length;
  };

  return {
    observe(bucketStart, termCounts, mentions) {
      const at = s.last === null ? bucketStart : Math.max(bucketStart, s.last);
      const total = s.last === null ? 0 : s.total * decay(s.last, at);
      const warm = s.first !== null && at - s.first >= r.warmupMs;
      const found: EmergingTerm[] = [];
      for (const [term, count] of Object.entries(termCounts)) {
        if (!(count > 0)) continue;
        const entry = s.terms[term];
        if (!Object.hasOwn(s.terms, term)) termCount++;
        const history = entry ? entry[0] * decay(entry[1], at) : 0;
        const expected = total > 0 ? ((history + PRIOR_COUNT) / total) * mentions : count;
        const pValue = negativeBinomialUpperTail(count, expected, TERM_DISPERSION);
        const score = scoreFromPValue(pValue);
        const reportedAt = entry ? entry[2] : -1;
        if (warm && count >= r.minSupport && score >= threshold && (reportedAt < 0 || at - reportedAt >= r.refractoryMs)) {
          found.push({ term, count, expected, pValue, score, isNew: history < PRIOR_COUNT });
          s.terms[term] = [history + count, at, at];
        } else s.terms[term] = [history + count, at, reportedAt];
      }
      s.total = total + mentions;
      s.first ??= at;
      s.last = at;
      prune();
      return found.sort((a, b) => b.score - a.score || b.count - a.count);
    },
    snapshot: () => structuredClone(s),
  };
}
