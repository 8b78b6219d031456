import { negativeBinomialUpperTail } from './count-tail';

/**
 * A post's final number of reshares forecast from its early ones, after SEISMIC (Zhao et al., KDD 2015):
 * each reshare exposes its author's followers, who reshare with a probability p spread over time by a
 * memory kernel φ (flat for the first minutes, then a power law). p is estimated from the cascade so far as
 * reshares / exposure-so-far; the reshares still to come are the unspent exposure times p, multiplied by the
 * branching factor 1 / (1 − p·n*) for the generations after them. The spread comes from the same branching
 * process (a Poisson number of immigrants, each with a Borel-sized family) and from the uncertainty of p.
 */
export interface CascadeEvent {
  /** Epoch milliseconds of the post (the first event) or the reshare. */
  timestamp: number;
  /** Followers of its author: the audience it reaches. */
  followers: number;
}

export interface ViralityParams {
  /** The kernel is flat for this long after an event… */
  plateauMs: number;
  /** …then decays as (s / plateau)^−(1+θ). */
  powerLawExponent: number;
  /** Mean followers of the accounts that reshare (n*); estimated from the cascade when not given. */
  meanFollowers?: number;
}

export const DEFAULT_VIRALITY_PARAMS: ViralityParams = { plateauMs: 5 * 60_000, powerLawExponent: 0.242 };

export interface ViralityForecast {
  /** Reshares so far (the post itself not counted). */
  observed: number;
  /** Estimated probability that one exposed follower reshares. */
  infectiousness: number;
  /** Expected reshares each reshare causes (p · n*); at or above 1 the cascade is supercritical. */
  branchingFactor: number;
  supercritical: boolean;
  /** Expected final reshares (Infinity when supercritical). */
  expectedFinal: number;
  /** A 90% interval of the final reshares. */
  lower: number;
  upper: number;
  /** The negative binomial matched to the remaining reshares: mean and dispersion. */
  remainingMean: number;
  remainingDispersion: number;
}

/** Φ(s): the share of a reshare's influence spent s ms after it (the kernel integrates to 1). */
export function kernelSpent(s: number, p: ViralityParams = DEFAULT_VIRALITY_PARAMS): number {
  if (s <= 0) return 0;
  const plateauShare = 1 / (1 + 1 / p.powerLawExponent);
  if (s <= p.plateauMs) return (plateauShare * s) / p.plateauMs;
  return plateauShare * (1 + (1 - (s / p.plateauMs) ** -p.powerLawExponent) / p.powerLawExponent);
}

/** The smallest r with P(remaining ≥ r) ≤ tail, by bisection on the negative binomial. */
function remainingQuantile(mean: number, dispersion: number, tail: number): number {
  if (mean <= 0) return 0;
  let lo = 0;
  let hi = Math.max(10, mean * 4);
  while (negativeBinomialUpperTail(hi, mean, dispersion) > tail) hi *= 2;
  for (let i = 0; i < 40 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (negativeBinomialUpperTail(mid, mean, dispersion) > tail) lo = mid;
    else hi = mid;
  }
  return Math.ceil(lo);
}

/** Forecasts the final size of a cascade from its events up to `at` (events after it are ignored). */
export function forecastCascade(events: readonly CascadeEvent[], at: number, params: Partial<ViralityParams> = {}): ViralityForecast {
  const p: ViralityParams = { ...DEFAULT_VIRALITY_PARAMS, ...params };
  const seen = events.filter((e) => e.timestamp <= at);
  const observed = Math.max(0, seen.length - 1);
  let exposureSpent = 0;
  let exposureLeft = 0;
  let resharerFollowers = 0;
  seen.forEach((e, i) => {
    const spent = kernelSpent(at - e.timestamp, p);
    exposureSpent += e.followers * spent;
    exposureLeft += e.followers * (1 - spent);
    if (i > 0) resharerFollowers += e.followers;
  });
  const meanFollowers = p.meanFollowers ?? (observed > 0 ? resharerFollowers / observed : (seen[0]?.followers ?? 0));
  const infectiousness = exposureSpent > 0 ? observed / exposureSpent : 0;
  const branchingFactor = infectiousness * meanFollowers;
  if (branchingFactor >= 1) {
    return {
      observed,
      infectiousness,
      branchingFactor,
      supercritical: true,
      expectedFinal: Number.POSITIVE_INFINITY,
      lower: observed,
      upper: Number.POSITIVE_INFINITY,
      remainingMean: Number.POSITIVE_INFINITY,
      remainingDispersion: 0,
    };
  }
  const immigrants = infectiousness * exposureLeft;
  const remainingMean = immigrants / (1 - branchingFactor);
  // Compound Poisson of Borel families: variance m / (1 − λ)³; plus p's own uncertainty (about p²/R).
  const processVariance = immigrants / (1 - branchingFactor) ** 3;
  const slope = exposureLeft / (1 - branchingFactor) ** 2;
  const parameterVariance = (slope * infectiousness) ** 2 / Math.max(1, observed);
  const variance = processVariance + parameterVariance;
  const remainingDispersion = remainingMean > 0 ? Math.max(0, (variance - remainingMean) / (remainingMean * remainingMean)) : 0;
  return {
    observed,
    infectiousness,
    branchingFactor,
    supercritical: false,
    expectedFinal: observed + remainingMean,
    lower: observed + remainingQuantile(remainingMean, remainingDispersion, 0.95),
    upper: observed + remainingQuantile(remainingMean, remainingDispersion, 0.05),
    remainingMean,
    remainingDispersion,
  };
}

/** The probability that the cascade ends with at least `threshold` reshares ("on course to cross T"). */
export function probabilityToCross(forecast: ViralityForecast, threshold: number): number {
  if (forecast.observed >= threshold) return 1;
  if (forecast.supercritical) return 1;
  return negativeBinomialUpperTail(threshold - forecast.observed, forecast.remainingMean, forecast.remainingDispersion);
}
