/**
 * Real counts have heavier tails than any textbook distribution: a brand with a viral post now and then
 * makes "one in a million" surprises every week. The calibration learns how often the series' own surprises
 * (−log10 p under the baseline) exceed a threshold, and how far beyond it they go, with an exponential tail
 * fitted to the excesses (peaks over threshold, in the spirit of SPOT by Siffer et al. 2017). For a
 * well-calibrated baseline it is the identity; for a heavy-tailed series it asks for a larger surprise.
 */
export interface TailCalibrationState {
  weight: number;
  exceedances: number;
  excessSum: number;
}

export interface TailCalibrationParams {
  /** Surprises (in decades) above this are the tail. */
  thresholdDecades: number;
  tauMs: number;
  /** Pseudo-exceedances at the calibrated prior, so a young series is judged by the baseline alone. */
  priorExceedances: number;
  /** One enormous surprise teaches no more than an excess of this many decades. */
  maxExcessDecades: number;
}

/** For a uniform p-value, −log10 p beyond any threshold is exponential with this mean. */
const CALIBRATED_MEAN_EXCESS = 1 / Math.LN10;

export function createTailCalibration(): TailCalibrationState {
  return { weight: 0, exceedances: 0, excessSum: 0 };
}

/** The fitted tail at one moment: the surprise at the threshold after calibration, and the mean excess beyond it. */
export interface TailFit {
  atThreshold: number;
  meanExcess: number;
}

export function fitTail(state: TailCalibrationState, p: TailCalibrationParams, out: TailFit = { atThreshold: 0, meanExcess: 0 }): TailFit {
  const priorRate = 10 ** -p.thresholdDecades;
  const priorWeight = p.priorExceedances / priorRate;
  const rate = (state.exceedances + p.priorExceedances) / (state.weight + priorWeight);
  out.atThreshold = -Math.log10(rate);
  out.meanExcess = (state.excessSum + p.priorExceedances * CALIBRATED_MEAN_EXCESS) / (state.exceedances + p.priorExceedances);
  return out;
}

/** The calibrated surprise in decades: −log10 of how often the series has surprises this large. */
export function calibrateSurprise(fit: TailFit, decades: number, p: TailCalibrationParams): number {
  if (decades <= p.thresholdDecades) return (decades * fit.atThreshold) / p.thresholdDecades;
  return fit.atThreshold + (decades - p.thresholdDecades) / (fit.meanExcess * Math.LN10);
}

/** Learns one surprise; `decay` is exp(−step/τ) for the time since the previous one. */
export function updateTailCalibration(state: TailCalibrationState, decades: number, decay: number, p: TailCalibrationParams): void {
  state.weight = state.weight * decay + 1;
  state.exceedances *= decay;
  state.excessSum *= decay;
  if (decades > p.thresholdDecades) {
    state.exceedances += 1;
    state.excessSum += Math.min(p.maxExcessDecades, decades - p.thresholdDecades);
  }
}

/** The raw surprise whose calibrated value is `calibrated` (the inverse of calibrateSurprise). */
export function uncalibrateSurprise(fit: TailFit, calibrated: number, p: TailCalibrationParams): number {
  if (calibrated <= fit.atThreshold) return (calibrated * p.thresholdDecades) / fit.atThreshold;
  return p.thresholdDecades + (calibrated - fit.atThreshold) * fit.meanExcess * Math.LN10;
}
