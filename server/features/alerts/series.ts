import { type VolumeDetectorState, type VolumeOutput, type VolumeRule, createVolumeDetector } from '../../../core/detection';

/** Detectors read five-minute intervals of event time. */
export const INTERVAL_MS = 5 * 60_000;
const HOUR_INTERVALS = 12;
/** Empty intervals fed after a silence, at most (a week); longer silences restart the rhythm from there. */
const MAX_GAP_INTERVALS = 7 * 24 * HOUR_INTERVALS;

/** What one rule remembers about one brand: the detector, the interval being filled, the last hour. */
export interface SeriesState {
  version: 1;
  detector: VolumeDetectorState | null;
  /** Start of the interval still filling, or null before the first mention. */
  open: number | null;
  /** Its count so far. */
  partial: number;
  /** The closed intervals of the last hour: [start, count]. */
  recent: [number, number][];
}

export function emptySeries(): SeriesState {
  return { version: 1, detector: null, open: null, partial: 0, recent: [] };
}

export interface ClosedInterval {
  t: number;
  output: VolumeOutput;
}

export interface SeriesAssessment {
  /** The open interval scored on its count so far: counts only grow, so this never fires early. */
  output: VolumeOutput;
  /** Its count and the hour's, for the rule's floor. */
  observed: number;
  lastHour: number;
}

export interface DetectorSettings {
  rule: Partial<VolumeRule>;
}

/**
 * Feeds a series counts per interval in event time and scores the interval still filling. Intervals
 * close when a later one receives mentions; the silent ones between them count as zero. Counts for
 * an interval that has already closed (late data) go to the rollups only: the detector never
 * rewrites its past, so its answer for an interval depends only on what came before.
 */
export function advanceSeries(
  state: SeriesState,
  counts: ReadonlyMap<number, number>,
  settings: DetectorSettings,
): { closed: ClosedInterval[]; assessment: SeriesAssessment | null } {
  const detector = createVolumeDetector(settings.rule, state.detector ?? undefined);
  const closed: ClosedInterval[] = [];
  const close = (t: number, value: number) => {
    closed.push({ t, output: detector.observe(t, value) });
    state.recent.push([t, value]);
    while (state.recent.length > 0 && state.recent[0]![0] <= t - HOUR_INTERVALS * INTERVAL_MS) state.recent.shift();
  };
  const intervals = [...counts.keys()].sort((a, b) => a - b);
  let touched = false;
  for (const t of intervals) {
    const count = counts.get(t)!;
    if (state.open === null) state.open = t;
    if (t < state.open) continue;
    touched = true;
    if (t > state.open) {
      close(state.open, state.partial);
      const gap = Math.min((t - state.open) / INTERVAL_MS - 1, MAX_GAP_INTERVALS);
      for (let k = gap; k >= 1; k--) close(t - k * INTERVAL_MS, 0);
      state.open = t;
      state.partial = 0;
    }
    state.partial += count;
  }
  state.detector = detector.snapshot();
  if (!touched || state.open === null) return { closed, assessment: null };
  // Scored on a copy: the open interval is learnt only once it is complete.
  const output = createVolumeDetector(settings.rule, state.detector).observe(state.open, state.partial);
  const lastHour =
    state.partial + state.recent.reduce((sum, [t, count]) => (t > state.open! - HOUR_INTERVALS * INTERVAL_MS ? sum + count : sum), 0);
  return { closed, assessment: { output, observed: state.partial, lastHour } };
}
