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

function tail(state: TailCalibrationState, p: TailCalibrationParams): { rate: number; meanExcess: number } {
  const priorRate = 10 ** -p.thresholdDecades;
  const priorWeight = p.priorExceedances / priorRate;
  const rate = (state.exceedances + p.priorExceedances) / (state.weight + priorWeight);
  const meanExcess = (state.excessSum + p.priorExceedances * CALIBRATED_MEAN_EXCESS) / (state.exceedances + p.priorExceedances);
  return { rate, meanExcess };
}

/** The calibrated surprise in decades: −log10 of how often the series has surprises this large. */
export function calibrateSurprise(state: TailCalibrationState, decades: number, p: TailCalibrationParams): number {
  const { rate, meanExcess } = tail(state, p);
  const atThreshold = -Math.log10(rate);
  if (decades <= p.thresholdDecades) return (decades * atThreshold) / p.thresholdDecades;
  return atThreshold + (decades - p.thresholdDecades) / (meanExcess * Math.LN10);
}

export function updateTailCalibration(state: TailCalibrationState, decades: number, stepMs: number, p: TailCalibrationParams): void {
  const decay = Math.exp(-stepMs / p.tauMs);
  state.weight = state.weight * decay + 1;
  state.exceedances *= decay;
  state.excessSum *= decay;
  if (decades > p.thresholdDecades) {
    state.exceedances += 1;
    state.excessSum += Math.min(p.maxExcessDecades, decades - p.thresholdDecades);
  }
}

/** The raw surprise whose calibrated value is `calibrated` (the inverse of calibrateSurprise). */
export function uncalibrateSurprise(state: TailCalibrationState, calibrated: number, p: TailCalibrationParams): number {
  const { rate, meanExcess } = tail(state, p);
  const atThreshold = -Math.log10(rate);
  if (calibrated <= atThreshold) return (calibrated * p.thresholdDecades) / atThreshold;
  return p.thresholdDecades + (calibrated - atThreshold) * meanExcess * Math.LN10;
}
