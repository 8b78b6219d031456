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
