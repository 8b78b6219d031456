import { NORMAL_QUANTILE_TAIL, normalQuantile, normalUpperTail } from './count-tail';

const [C0, C1, C2, C3, C4, C5] = NORMAL_QUANTILE_TAIL.c;
const [D0, D1, D2, D3] = NORMAL_QUANTILE_TAIL.d;

/**
 * Residuals of counts on a variance-stabilised scale. For a negative binomial with dispersion d the
 * transform (2/√d)·asinh(√(d·x)) has unit variance at every mean: it behaves like 2√x for a quiet brand's
 * few mentions (Poisson noise) and like a logarithm for a large brand's thousands (relative noise), so one
 * residual scale serves both. The scale itself is learnt from the series, with outliers clipped.
 */
export function stabiliseCount(x: number, dispersion: number): number {
  return (2 / Math.sqrt(dispersion)) * Math.asinh(Math.sqrt(dispersion * Math.max(0, x)));
}

/**
 * The counts at `centre` ± `halfWidth` on the stabilised scale, where `centre` is the stabilised `mean`: one
 * exponential instead of two sinh, from sinh(a ± b) = sinh a·cosh b ± cosh a·sinh b with sinh a = √(d·mean).
 */
export function unstabiliseBand(
  mean: number,
  halfWidth: number,
  dispersion: number,
  out: { lower: number; upper: number } = { lower: 0, upper: 0 },
): { lower: number; upper: number } {
  const sinhCentre = Math.sqrt(dispersion * Math.max(0, mean));
  const coshCentre = Math.sqrt(1 + sinhCentre * sinhCentre);
  const e = Math.exp((halfWidth * Math.sqrt(dispersion)) / 2);
  const sinhHalf = (e - 1 / e) / 2;
  const coshHalf = (e + 1 / e) / 2;
  const upper = sinhCentre * coshHalf + coshCentre * sinhHalf;
  const lower = sinhCentre * coshHalf - coshCentre * sinhHalf;
  out.lower = lower > 0 ? (lower * lower) / dispersion : 0;
  out.upper = (upper * upper) / dispersion;
  return out;
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

/** Where Acklam's approximation switches to its tail form: an upper tail of 0.02425 (see normalQuantile). */
const TAIL_FORM_DECADES = -Math.log10(0.02425);

/** The z whose upper tail is 10^−decades. */
export function normalQuantileOfDecades(decades: number): number {
  // Acklam's tail form, with −2·ln p taken straight from the decades (no round trip through 1 − p).
  if (decades >= TAIL_FORM_DECADES && decades < 15) {
    const q = Math.sqrt(2 * Math.LN10 * decades);
    return -(((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
  }
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

/** Learns one clipped residual; `decay` is exp(−step/τ) for the time since the previous one. */
export function updateResidualScale(state: ResidualScaleState, clippedResidual: number, decay: number): void {
  state.squareSum = state.squareSum * decay + clippedResidual * clippedResidual;
  state.weight = state.weight * decay + 1;
}
