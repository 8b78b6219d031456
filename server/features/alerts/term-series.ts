import { type EmergingTermsRule, type EmergingTermsState, createEmergingTermsDetector } from '../../../core/detection';
import { HOUR_INTERVALS, INTERVAL_MS } from './series';

/** One interval's key phrases: the brand's mentions, and per term [mentions carrying it, negative ones, ones in a grave category]. */
export interface TermInterval {
  mentions: number;
  terms: Record<string, [number, number, number]>;
}

/** What an emerging-terms rule remembers about one brand, like a count series (see series.ts). */
export interface TermSeriesState {
  version: 1;
  kind: 'emerging-terms';
  detector: EmergingTermsState | null;
  open: number | null;
  partial: TermInterval;
  /** The closed intervals of the last hour: [start, term → mentions carrying it], for the rule's floor. */
  recent: [number, Record<string, number>][];
}

export function emptyTermSeries(): TermSeriesState {
  return { version: 1, kind: 'emerging-terms', detector: null, open: null, partial: { mentions: 0, terms: {} }, recent: [] };
}

export function restoreTermSeries(json: string): TermSeriesState {
  const stored = JSON.parse(json) as Partial<TermSeriesState>;
  return stored.kind === 'emerging-terms' && stored.version === 1 ? (stored as TermSeriesState) : emptyTermSeries();
}

/** A term that burst in an interval, with what the alert needs. */
export interface TermFinding {
  t: number;
  term: string;
  count: number;
  expected: number;
  score: number;
  isNew: boolean;
  /** Of the interval's mentions carrying the term: how many are negative, how many in a grave category. */
  negative: number;
  grave: number;
  /** Mentions carrying the term in the hour up to the end of the interval. */
  lastHour: number;
}

function addInterval(into: TermInterval, from: TermInterval) {
  into.mentions += from.mentions;
  for (const [term, [n, negative, grave]] of Object.entries(from.terms)) {
    const entry = (into.terms[term] ??= [0, 0, 0]);
    entry[0] += n;
    entry[1] += negative;
    entry[2] += grave;
  }
}

/**
 * Feeds the brand's key phrases per interval into the emerging-terms detector: a closed interval is
 * learnt, the one still filling is scored on a copy, as count series are. Silent intervals need no
 * feeding: the detector ages its history by time.
 */
export function advanceTermSeries(
  state: TermSeriesState,
  intervals: ReadonlyMap<number, TermInterval>,
  rule: Partial<EmergingTermsRule>,
): TermFinding[] {
  const detector = createEmergingTermsDetector(rule, state.detector ?? undefined);
  const findings: TermFinding[] = [];
  const lastHourOf = (t: number, term: string, count: number) =>
    count +
    state.recent.reduce(
      (sum, [start, terms]) => (start > t - HOUR_INTERVALS * INTERVAL_MS && start < t ? sum + (terms[term] ?? 0) : sum),
      0,
    );
  type Detector = ReturnType<typeof createEmergingTermsDetector>;
  const score = (t: number, interval: TermInterval, scorer: Detector) => {
    const counts: Record<string, number> = {};
    for (const [term, [n]] of Object.entries(interval.terms)) counts[term] = n;
    for (const found of scorer.observe(t, counts, interval.mentions)) {
      const [, negative, grave] = interval.terms[found.term]!;
      findings.push({ ...found, t, negative, grave, lastHour: lastHourOf(t, found.term, found.count) });
    }
    return counts;
  };
  const close = (t: number, interval: TermInterval) => {
    const counts = score(t, interval, detector);
    state.recent.push([t, counts]);
    while (state.recent.length > 0 && state.recent[0]![0] <= t - HOUR_INTERVALS * INTERVAL_MS) state.recent.shift();
  };
  let touched = false;
  for (const t of [...intervals.keys()].sort((a, b) => a - b)) {
    if (state.open === null) state.open = t;
    if (t < state.open) continue;
    touched = true;
    if (t > state.open) {
      close(state.open, state.partial);
      state.open = t;
      state.partial = { mentions: 0, terms: {} };
    }
    addInterval(state.partial, intervals.get(t)!);
  }
  state.detector = detector.snapshot();
  if (touched && state.open !== null) score(state.open, state.partial, createEmergingTermsDetector(rule, state.detector));
  return findings;
}
