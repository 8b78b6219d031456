import { normalQuantile, normalUpperTail } from './count-tail';

/**
 * Residuals of counts on a variance-stabilised scale. For a negative binomial with dispersion d the
 * transform (2/√d)·asinh(√(d·x)) has unit variance at every mean: it behaves like 2√x for a quiet brand's
 * few mentions (Poisson noise) and like a logarithm for a large brand's thousands (relative noise), so one
 * residual scale serves both. The scale itself is learnt from the series, with outliers clipped.
 */
export function stabiliseCount(x: number, dispersion: number): number {
  return (2 / Math.sqrt(dispersion)) * Math.asinh(Math.sqrt(dispersion * Math.max(0, x)));
}

export function unstabiliseCount(y: number, dispersion: number): number {
  if (y <= 0) return 0;
  const s = Math.sinh((y * Math.sqrt(dispersion)) / 2);
  return (s * s) / dispersion;
}

/** −log10 of the standard normal upper tail at z, without underflow far out. */
export function normalTailDecades(z: number): number {
  if (z < 8) return -Math.log10(Math.max(normalUpperTail(z), 1e-300));
  return (z * z) / (2 * Math.LN10) + Math.log10(z * Math.sqrt(2 * Math.PI));
}

/** The z whose upper tail is 10^−decades. */
export function normalQuantileOfDecades(decades: number): number {
  if (decades < 15) return normalQuantile(1 - 10 ** -decades);
  // Invert the asymptotic form by a few fixed-point steps.
  let z = Math.sqrt(2 * Math.LN10 * decades);
  for (let i = 0; i < 4; i++) z = Math.sqrt(2 * Math.LN10 * (decades - Math.log10(z * Math.sqrt(2 * Math.PI))));
  return z;
}

export interface ResidualScaleState {
  squareSum: number;
  weight: number;
}

export function createResidualScale(): ResidualScaleState {
  return { squareSum: 0, weight: 0 };
}

/** The residual scale: 1 (pure count noise) until evidence says otherwise. */
export function residualScale(state: ResidualScaleState, priorWeight: number): number {
  return Math.sqrt((state.squareSum + priorWeight) / (state.weight + priorWeight));
}

export function updateResidualScale(state: ResidualScaleState, clippedResidual: number, stepMs: number, tauMs: number): void {
  const decay = Math.exp(-stepMs / tauMs);
  state.squareSum = state.squareSum * decay + clippedResidual * clippedResidual;
  state.weight = state.weight * decay + 1;
}
