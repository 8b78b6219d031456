import { createAlertGate, type AlertGateState, stepAlertGate } from './alert-gate';
import { negativeBinomialUpperTail } from './count-tail';
import {
  type ResidualScaleState,
  createResidualScale,
  normalQuantileOfDecades,
  normalTailDecades,
  residualScale,
  stabiliseCount,
  unstabiliseBand,
  unstabiliseCount,
  updateResidualScale,
} from './count-residual';
import type { AlertSuppression, DetectorOutput, Sensitivity } from './detection.types';
import {
  type SeasonalBaselineParams,
  type SeasonalBaselineState,
  baselineSpan,
  createBaselineScratch,
  createSeasonalBaseline,
  forecastBaseline,
  updateBaseline,
} from './seasonal-baseline';
import { SCORE_DECADES, SENSITIVITY_THRESHOLDS } from './sensitivity';
import {
  type TailCalibrationParams,
  type TailCalibrationState,
  calibrateSurprise,
  createTailCalibration,
  fitTail,
  uncalibrateSurprise,
  updateTailCalibration,
} from './tail-calibration';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What a person sets on a volume rule (mention volume, negative volume, a category's volume…). */
export interface VolumeRule {
  sensitivity: Sensitivity;
  /** Alert only when the interval holds at least this many (e.g. 20 negative mentions). */
  minCount: number;
  /** Alert only when the interval's rate is at least this many per hour. */
  minPerHour: number;
  /** No second alert sooner than this after the previous one. */
  refractoryMs: number;
  /** A burst closes after this long below the lower threshold. */
  quietMs: number;
  /** No alerts before the baseline has seen this much event time. */
  warmupMs: number;
  utcOffsetMinutes: number;
}

export const DEFAULT_VOLUME_RULE: VolumeRule = {
  sensitivity: 'medium',
  minCount: 3,
  minPerHour: 0,
  refractoryMs: 12 * HOUR,
  quietMs: 6 * HOUR,
  warmupMs: 24 * HOUR,
  utcOffsetMinutes: 0,
};

/** The learning rates; the same for every rule, tuned on the NAB validation data. */
export interface VolumeTuning extends Omit<SeasonalBaselineParams, 'utcOffsetMinutes'>, TailCalibrationParams {
  /** The dispersion of the variance-stabilising transform (see count-residual.ts). */
  stabiliserDispersion: number;
  scaleTauMs: number;
  /** Pseudo-points at scale 1 (pure count noise). */
  scalePriorPoints: number;
  /** Residuals beyond this many scales are clipped before they teach the baseline and the scale. */
  clipScales: number;
}

export const VOLUME_TUNING: VolumeTuning = {
  levelTauMs: 48 * HOUR,
  seasonVisits: 7,
  seasonPriorVisits: 1,
  minExpected: 0.1,
  stabiliserDispersion: 0.1,
  scaleTauMs: 72 * HOUR,
  scalePriorPoints: 10,
  clipScales: 5,
  thresholdDecades: 1,
  tauMs: 14 * 24 * HOUR,
  priorExceedances: 5,
  maxExcessDecades: 10,
};

export interface VolumeReason {
  kind: 'spike';
  observed: number;
  expected: number;
  /** How rare a surprise this large has been for this series. */
  pValue: number;
  /** Set when the point crossed the threshold but raised no alert. */
  suppressed?: AlertSuppression;
}

export interface VolumeOutput extends DetectorOutput<VolumeReason> {
  value: number;
  /**
   * The score once per burst: `score`, except 0 on the points after a burst's first crossing while that burst
   * stays open (the alert gate's `active`). A surge is news once; this is what `siaga detect` writes as
   * `anomaly_score`, so a threshold on it flags a burst's onset and not every point of it.
   */
  burstScore: number;
  /** The baseline's expected value and band (for charts); the band's top is where this rule would alert. */
  expected: number;
  lower: number;
  upper: number;
}

/** Everything a volume detector remembers; plain JSON that restores exactly. */
export interface VolumeDetectorState {
  version: 1;
  baseline: SeasonalBaselineState;
  scale: ResidualScaleState;
  calibration: TailCalibrationState;
  gate: AlertGateState;
}

export interface VolumeDetector {
  /** Scores a point from the points before it, then learns from it. */
  observe(timestamp: number, value: number): VolumeOutput;
  /** A copy of the state to persist. */
  snapshot(): VolumeDetectorState;
}

export function createVolumeDetectorState(): VolumeDetectorState {
  return {
    version: 1,
    baseline: createSeasonalBaseline(),
    scale: createResidualScale(),
    calibration: createTailCalibration(),
    gate: createAlertGate(),
  };
}

/** A streaming detector for counts per interval; pass a stored state to continue where it stopped. */
export function createVolumeDetector(
  rule: Partial<VolumeRule> = {},
  state?: VolumeDetectorState,
  tuning: Partial<VolumeTuning> = {},
): VolumeDetector {
  const r: VolumeRule = { ...DEFAULT_VOLUME_RULE, ...rule };
  const p: VolumeTuning & SeasonalBaselineParams = { ...VOLUME_TUNING, ...tuning, utcOffsetMinutes: r.utcOffsetMinutes };
  const threshold = SENSITIVITY_THRESHOLDS[r.sensitivity];
  const d = p.stabiliserDispersion;
  const current: VolumeDetectorState = state ? structuredClone(state) : createVolumeDetectorState();
  // Scratch that is never persisted: a point's forecast reused by its update, the last step's decays (recomputed
  // when the step changes) and the tail fit (refreshed every point), so a restored detector answers alike.
  const scratch = createBaselineScratch();
  const fit = { atThreshold: 0, meanExcess: 0 };
  const band = { lower: 0, upper: 0 };
  let decayStep = Number.NaN;
  let scaleDecay = 1;
  let calibrationDecay = 1;

  return {
    observe(timestamp, value) {
      const { baseline, scale, calibration, gate } = current;
      if (!Number.isFinite(timestamp) || !Number.isFinite(value)) throw new RangeError('timestamp and value must be finite numbers');
      // A point that arrives out of order is taken as simultaneous with the latest: time never runs back.
      const at = baseline.last === null ? timestamp : Math.max(timestamp, baseline.last);
      const step = baseline.last === null ? 0 : at - baseline.last;
      const x = Math.max(0, value);
      const fresh = baseline.points === 0;
      const mean = forecastBaseline(baseline, at, p, scratch);
      const sigma = residualScale(scale, p.scalePriorPoints);
      const centre = stabiliseCount(mean, d);
      const residual = stabiliseCount(x, d) - centre;
      // Surprising for the series' own variability, and for a count this small (the exact Poisson tail).
      // The exact tail only matters for a surprise in the calibrated tail; most points skip it.
      const stabilised = fresh ? 0 : normalTailDecades(residual / sigma);
      const decades =
        stabilised <= 0.5 ? stabilised : Math.min(stabilised, -Math.log10(Math.max(1e-300, negativeBinomialUpperTail(x, mean, 0))));
      fitTail(calibration, p, fit);
      const calibrated = calibrateSurprise(fit, decades, p);
      const score = Math.min(1, calibrated / SCORE_DECADES);

      const warm = baselineSpan(baseline) >= r.warmupMs && baseline.points >= 12;
      const floor = Math.max(r.minCount, (r.minPerHour * (baseline.interval ?? HOUR)) / HOUR);
      const over = score >= threshold.on;
      const crossed = over && warm && x >= floor;
      const ongoing = gate.active;
      const { alert, suppressed } = stepAlertGate(gate, at, crossed, score >= threshold.off, r);
      const reported = warm ? score : 0;

      let reason: VolumeReason | null = null;
      if (over) {
        reason = { kind: 'spike', observed: x, expected: mean, pValue: 10 ** -calibrated };
        if (!warm) reason.suppressed = 'warming-up';
        else if (x < floor) reason.suppressed = 'below-floor';
        else if (suppressed) reason.suppressed = 'burst-ongoing';
      }
      unstabiliseBand(mean, sigma * normalQuantileOfDecades(uncalibrateSurprise(fit, threshold.on * SCORE_DECADES, p)), d, band);
      const limit = p.clipScales * sigma;
      if (!fresh) {
        if (step !== decayStep) {
          decayStep = step;
          scaleDecay = Math.exp(-step / p.scaleTauMs);
          calibrationDecay = Math.exp(-step / p.tauMs);
        }
        // A burst's own points do not teach the calibration what an ordinary surprise looks like.
        if (!gate.active || alert) updateTailCalibration(calibration, decades, calibrationDecay, p);
        updateResidualScale(scale, Math.max(-limit, Math.min(limit, residual)), scaleDecay);
      }
      // An outlier teaches the baseline as if it were `clipScales` scales out; any other point as it is.
      updateBaseline(baseline, at, fresh || residual <= limit ? x : unstabiliseCount(centre + limit, d), p, scratch);
      return {
        timestamp,
        value,
        score: reported,
        burstScore: ongoing && gate.active ? 0 : reported,
        alert,
        active: gate.active,
        reason,
        expected: mean,
        lower: band.lower,
        upper: Math.max(floor, band.upper),
      };
    },
    snapshot: () => structuredClone(current),
  };
}
