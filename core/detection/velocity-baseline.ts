import type { Sensitivity } from './detection.types';

/**
 * A brand's usual engagement velocity per post, as a decayed histogram of log₂(1 + engagement per
 * hour). Why a histogram of logs rather than a mean: engagement is heavy-tailed (most posts about a
 * brand get nothing, a few get thousands), so a mean is set by the last viral post and a mean and
 * variance of logs assume a bell shape that a pile of zeros breaks. Quantiles of the brand's own
 * distribution need no shape, read as "faster than 99% of its posts", and one viral post moves them
 * only as one post. Each bin is half a doubling; weights decay per post (half-life in posts, not
 * time, so a quiet brand does not forget its baseline over a calm week). O(bins) per post, plain JSON.
 */
export interface VelocityBaselineState {
  version: 1;
  /** Decayed weight per bin; bin i holds log₂(1 + v) in [i / BINS_PER_DOUBLING, (i + 1) / BINS_PER_DOUBLING). */
  bins: number[];
  /** Posts seen in all (not decayed), for the warm-up. */
  posts: number;
}

const BINS_PER_DOUBLING = 2;
/** Up to 2²⁴ ≈ 16 million engagements an hour; faster posts land in the last bin. */
const BIN_COUNT = 24 * BINS_PER_DOUBLING;
/** The baseline follows the brand's last few hundred posts. */
const HALF_LIFE_POSTS = 500;
const DECAY = 2 ** (-1 / HALF_LIFE_POSTS);

/** Posts the baseline must have seen before a post can be unusual against it. */
export const MIN_BASELINE_POSTS = 30;

/** The share of the brand's posts a post must outpace to be unusual, per sensitivity. */
export const VELOCITY_QUANTILES: Record<Sensitivity, number> = { high: 0.95, medium: 0.99, low: 0.999 };
/** …and how many times the brand's median post it must be at least, so a flat brand's tail is no alarm. */
export const VELOCITY_MULTIPLES: Record<Sensitivity, number> = { high: 3, medium: 5, low: 10 };

export function createVelocityBaselineState(): VelocityBaselineState {
  return { version: 1, bins: new Array<number>(BIN_COUNT).fill(0), posts: 0 };
}

function binOf(perHour: number): number {
  const x = Math.log2(1 + Math.max(0, perHour)) * BINS_PER_DOUBLING;
  return Math.min(BIN_COUNT - 1, Math.floor(x));
}

export function createVelocityBaseline(state: VelocityBaselineState = createVelocityBaselineState()) {
  const bins = state.bins.length === BIN_COUNT ? [...state.bins] : new Array<number>(BIN_COUNT).fill(0);
  let posts = state.posts;
  const total = () => bins.reduce((sum, w) => sum + w, 0);

  return {
    /** Learns one post's velocity. */
    observe(perHour: number): void {
      for (let i = 0; i < BIN_COUNT; i++) bins[i]! *= DECAY;
      bins[binOf(perHour)]! += 1;
      posts++;
    },

    /** The velocity below which a share `q` of the brand's posts lie (interpolated within the bin); null when empty. */
    quantile(q: number): number | null {
      const all = total();
      if (all <= 0) return null;
      const target = Math.min(1, Math.max(0, q)) * all;
      let below = 0;
      for (let i = 0; i < BIN_COUNT; i++) {
        const w = bins[i]!;
        if (w > 0 && below + w >= target) {
          const x = (i + (target - below) / w) / BINS_PER_DOUBLING;
          return 2 ** x - 1;
        }
        below += w;
      }
      return 2 ** (BIN_COUNT / BINS_PER_DOUBLING) - 1;
    },

    /** The share of the brand's posts slower than `perHour` (0…1); null when empty. */
    shareBelow(perHour: number): number | null {
      const all = total();
      if (all <= 0) return null;
      const x = Math.log2(1 + Math.max(0, perHour)) * BINS_PER_DOUBLING;
      const bin = Math.min(BIN_COUNT - 1, Math.floor(x));
      let below = 0;
      for (let i = 0; i < bin; i++) below += bins[i]!;
      below += bins[bin]! * Math.min(1, x - bin);
      return Math.min(1, below / all);
    },

    posts: () => posts,
    isWarm: () => posts >= MIN_BASELINE_POSTS,
    snapshot: (): VelocityBaselineState => ({ version: 1, bins: [...bins], posts }),
  };
}

export type VelocityBaseline = ReturnType<typeof createVelocityBaseline>;
