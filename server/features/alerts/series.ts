import {
  type RatioDetectorState,
  type RatioOutput,
  type RatioRule,
  type VolumeDetectorState,
  type VolumeRule,
  createNetSentimentDetector,
  createRatioDetector,
  createVolumeDetector,
} from '../../../core/detection';

/** Detectors read five-minute intervals of event time. */
export const INTERVAL_MS = 5 * 60_000;
export const HOUR_INTERVALS = 12;
/** Empty intervals fed after a silence, at most (a week); longer silences restart the rhythm from there. */
const MAX_GAP_INTERVALS = 7 * 24 * HOUR_INTERVALS;

/**
 * One interval of a series: `count` is what the detector reads (mentions, negative mentions, a
 * category's mentions; for shares the negative mentions) and `base` what the rule's floor counts (the
 * same count for volume rules; for shares the mentions the share is read from).
 */
export interface IntervalCounts {
  count: number;
  base: number;
}

/**
 * Which detector a series feeds: the count of a volume rule against its seasonal baseline, or a
 * share (`count` out of `base`) against its own (`ratio`), or net sentiment, read as the negative
 * share of polar mentions (`net-sentiment`).
 */
export type SeriesDetector =
  | { kind: 'volume'; rule: Partial<VolumeRule> }
  | { kind: 'ratio'; rule: Partial<RatioRule> }
  | { kind: 'net-sentiment'; rule: Partial<RatioRule> };

export type SeriesDetectorState = ({ kind: 'volume' } & VolumeDetectorState) | ({ kind: 'ratio' | 'net-sentiment' } & RatioDetectorState);

/** What every detector answers for an interval, in the units of its signal (counts, or shares 0…1). */
export interface SeriesOutput {
  score: number;
  alert: boolean;
  active: boolean;
  /** The count, or the share (null for a share of nothing). */
  value: number | null;
  expected: number;
  lower: number;
  upper: number;
}

/** What one rule remembers about one brand: the detector, the interval being filled, the last hour. */
export interface SeriesState {
  version: 2;
  detector: SeriesDetectorState | null;
  /** Start of the interval still filling, or null before the first mention. */
  open: number | null;
  /** Its counts so far. */
  partial: IntervalCounts;
  /** The closed intervals of the last hour: [start, count, base]. */
  recent: [number, number, number][];
}

export function emptySeries(): SeriesState {
  return { version: 2, detector: null, open: null, partial: { count: 0, base: 0 }, recent: [] };
}

/** A state as stored; states written before shares were watched (version 1) held a volume detector and counts only. */
export function restoreSeries(json: string): SeriesState {
  const stored = JSON.parse(json) as
    SeriesState | { version: 1; detector: VolumeDetectorState | null; open: number | null; partial: number; recent: [number, number][] };
  if (stored.version === 2) return stored;
  return {
    version: 2,
    detector: stored.detector ? { ...stored.detector, kind: 'volume' } : null,
    open: stored.open,
    partial: { count: stored.partial, base: stored.partial },
    recent: stored.recent.map(([t, count]) => [t, count, count]),
  };
}

interface IntervalDetector {
  observe(t: number, counts: IntervalCounts): SeriesOutput;
  snapshot(): SeriesDetectorState;
}

/** The series' detector over its stored state; a state learnt by another kind of detector is not reused. */
function detectorOf(settings: SeriesDetector, state: SeriesDetectorState | null): IntervalDetector {
  switch (settings.kind) {
    case 'volume': {
      const detector = createVolumeDetector(settings.rule, state?.kind === 'volume' ? state : undefined);
      return {
        observe(t, { count }) {
          const out = detector.observe(t, count);
          return {
            score: out.score,
            alert: out.alert,
            active: out.active,
            value: out.value,
            expected: out.expected,
            lower: out.lower,
            upper: out.upper,
          };
        },
        snapshot: () => ({ ...detector.snapshot(), kind: 'volume' }),
      };
    }
    case 'ratio': {
      const detector = createRatioDetector(settings.rule, state?.kind === 'ratio' ? state : undefined);
      return {
        observe: (t, { count, base }) => shareOutput(detector.observe(t, count, base)),
        snapshot: () => ({ ...detector.snapshot(), kind: 'ratio' }),
      };
    }
    case 'net-sentiment': {
      const detector = createNetSentimentDetector(settings.rule, state?.kind === 'net-sentiment' ? state : undefined);
      return {
        observe: (t, { count, base }) => shareOutput(detector.observe(t, { negative: count, positive: base - count })),
        snapshot: () => ({ ...detector.snapshot(), kind: 'net-sentiment' }),
      };
    }
  }
}

function shareOutput(out: Omit<RatioOutput, 'reason'>): SeriesOutput {
  const { score, alert, active, share, expectedShare, lower, upper } = out;
  return { score, alert, active, value: Number.isNaN(share) ? null : share, expected: expectedShare, lower, upper };
}

export interface ClosedInterval {
  t: number;
  output: SeriesOutput;
  /** For an interval to alert on, its counts and what the floor counted in the hour up to it, as they were when it closed. */
  firing: { observed: IntervalCounts; lastHour: number } | null;
}

export interface SeriesAssessment {
  /** The open interval scored on its counts so far: counts only grow, so this never fires early. */
  output: SeriesOutput;
  /** Its counts, and what the floor counts over the last hour. */
  observed: IntervalCounts;
  lastHour: number;
}

/** What the floor counts in the hour of intervals up to and including `t` (closed intervals only). */
export function baseInHourTo(state: SeriesState, t: number): number {
  return state.recent.reduce((sum, [start, , base]) => (start > t - HOUR_INTERVALS * INTERVAL_MS && start <= t ? sum + base : sum), 0);
}

/**
 * Feeds a series counts per interval in event time and scores the interval still filling. Intervals
 * close when a later one receives mentions; the silent ones between them count as zero. Counts for
 * an interval that has already closed (late data) go to the rollups only: the detector never
 * rewrites its past, so its answer for an interval depends only on what came before.
 */
export function advanceSeries(
  state: SeriesState,
  counts: ReadonlyMap<number, IntervalCounts>,
  settings: SeriesDetector,
): { closed: ClosedInterval[]; assessment: SeriesAssessment | null } {
  const detector = detectorOf(settings, state.detector);
  const closed: ClosedInterval[] = [];
  const close = (t: number, value: IntervalCounts) => {
    const output = detector.observe(t, value);
    state.recent.push([t, value.count, value.base]);
    while (state.recent.length > 0 && state.recent[0]![0] <= t - HOUR_INTERVALS * INTERVAL_MS) state.recent.shift();
    // Read now: one call may close many hours of intervals (a silence, a replay of history), and `recent` keeps the last.
    const firing = output.alert || output.active ? { observed: value, lastHour: baseInHourTo(state, t) } : null;
    closed.push({ t, output, firing });
  };
  const intervals = [...counts.keys()].sort((a, b) => a - b);
  let touched = false;
  for (const t of intervals) {
    const value = counts.get(t)!;
    if (state.open === null) state.open = t;
    if (t < state.open) continue;
    touched = true;
    if (t > state.open) {
      close(state.open, state.partial);
      const gap = Math.min((t - state.open) / INTERVAL_MS - 1, MAX_GAP_INTERVALS);
      for (let k = gap; k >= 1; k--) close(t - k * INTERVAL_MS, { count: 0, base: 0 });
      state.open = t;
      state.partial = { count: 0, base: 0 };
    }
    state.partial = { count: state.partial.count + value.count, base: state.partial.base + value.base };
  }
  state.detector = detector.snapshot();
  if (!touched || state.open === null) return { closed, assessment: null };
  // Scored on a copy: the open interval is learnt only once it is complete.
  const output = detectorOf(settings, state.detector).observe(state.open, state.partial);
  const lastHour = state.partial.base + baseInHourTo(state, state.open);
  return { closed, assessment: { output, observed: { ...state.partial }, lastHour } };
}
