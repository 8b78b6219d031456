/**
 * Seeded synthetic data for the detectors' tests and evaluations: counts with a known shape and cascades
 * with a known final size. Pure and deterministic, so every run sees the same numbers.
 */

/** mulberry32: a small seeded generator of uniforms in [0, 1). */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw: Knuth's product method for small means, a rounded normal for large ones. */
export function samplePoisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) {
    const u = Math.max(random(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random();
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}

/** Counts per interval drawn from Poisson(rate(t)). */
export function generateCounts(
  seed: number,
  points: number,
  intervalMs: number,
  rate: (timestamp: number, index: number) => number,
  start = Date.UTC(2026, 0, 5),
): { timestamp: number; value: number }[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: points }, (_, i) => {
    const timestamp = start + i * intervalMs;
    return { timestamp, value: samplePoisson(random, rate(timestamp, i)) };
  });
}

/** A standard normal draw (Box–Muller). */
function sampleNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
}

export interface HawkesCascadeOptions {
  rootFollowers: number;
  /** Probability that an exposed follower reshares. */
  infectiousness: number;
  /** Followers of resharers are log-normal with this median and log-sd. */
  followerMedian: number;
  followerLogSd: number;
  plateauMs: number;
  powerLawExponent: number;
  /** Generation stops here (a supercritical cascade would never end). */
  maxEvents: number;
}

/**
 * A cascade from the self-exciting process SEISMIC assumes: each event has Poisson(p · followers) direct
 * reshares, delayed by draws from the flat-then-power-law kernel. Returns every event, sorted by time.
 */
export function generateHawkesCascade(
  seed: number,
  options: HawkesCascadeOptions,
  start = Date.UTC(2026, 0, 5),
): { timestamp: number; followers: number }[] {
  const random = createSeededRandom(seed);
  const o = options;
  const plateauShare = 1 / (1 + 1 / o.powerLawExponent);
  const delay = () => {
    const u = random();
    if (u <= plateauShare) return (u / plateauShare) * o.plateauMs;
    return o.plateauMs * (1 - o.powerLawExponent * (u / plateauShare - 1)) ** (-1 / o.powerLawExponent);
  };
  const events = [{ timestamp: start, followers: o.rootFollowers }];
  for (let i = 0; i < events.length && events.length < o.maxEvents; i++) {
    const parent = events[i]!;
    const children = samplePoisson(random, o.infectiousness * parent.followers);
    for (let c = 0; c < children && events.length < o.maxEvents; c++) {
      const followers = Math.max(1, Math.round(o.followerMedian * Math.exp(o.followerLogSd * sampleNormal(random))));
      events.push({ timestamp: parent.timestamp + delay(), followers });
    }
  }
  return events.sort((a, b) => a.timestamp - b.timestamp);
}
