/**
 * How fast a post gathers engagement (likes, comments and shares; views and reach are exposure, not
 * engagement), from the readings of its public counters each time the post was seen.
 */
export interface EngagementReading {
  /** Epoch milliseconds when the counters were read. */
  observedAt: number;
  likes: number;
  comments: number;
  shares: number;
}

export interface EngagementVelocity {
  /** Engagement gained per hour over the span measured. */
  perHour: number;
  /** Engagement at the newest reading. */
  engagement: number;
  /** Engagement gained over the span. */
  gained: number;
  /** The span measured: from the reference reading (or the post's time) to the newest reading. */
  from: number;
  to: number;
  /** `snapshots` when measured between two readings, `age` when from the post's time (one reading). */
  basis: 'snapshots' | 'age';
}

/**
 * The shortest span a velocity is measured over. A post read twice a minute apart, or seen a minute
 * after it was posted, would otherwise extrapolate a handful of likes into thousands an hour.
 */
export const MIN_VELOCITY_SPAN_MS = 15 * 60_000;

const HOUR = 3_600_000;

export function engagementOf(reading: Pick<EngagementReading, 'likes' | 'comments' | 'shares'>): number {
  return reading.likes + reading.comments + reading.shares;
}

/**
 * The post's current engagement velocity: the engagement gained since the newest reading at least
 * `minSpanMs` older than the newest one, per hour. Without such a reading it counts from the post's
 * time, when it had no engagement (a single sighting: engagement over age), over at least `minSpanMs`.
 * Readings may come in any order; null without any.
 */
export function measureEngagementVelocity(
  postedAt: number,
  readings: readonly EngagementReading[],
  minSpanMs: number = MIN_VELOCITY_SPAN_MS,
): EngagementVelocity | null {
  if (readings.length === 0) return null;
  const sorted = [...readings].sort((a, b) => a.observedAt - b.observedAt);
  const newest = sorted[sorted.length - 1]!;
  // A post dated after it was seen (a skewed clock) counts from its first sighting.
  const start = Math.min(postedAt, sorted[0]!.observedAt);
  const engagement = engagementOf(newest);
  let reference: EngagementReading | null = null;
  for (let i = sorted.length - 2; i >= 0; i--) {
    if (sorted[i]!.observedAt <= newest.observedAt - minSpanMs) {
      reference = sorted[i]!;
      break;
    }
  }
  const from = reference ? reference.observedAt : start;
  // Counters never go down in storage; a reading that did (a platform recount) gains nothing.
  const gained = Math.max(0, engagement - (reference ? engagementOf(reference) : 0));
  const span = Math.max(newest.observedAt - from, minSpanMs);
  return { perHour: (gained / span) * HOUR, engagement, gained, from, to: newest.observedAt, basis: reference ? 'snapshots' : 'age' };
}

/** Engagement over time for a chart: the post's time at zero, then each reading, oldest first. */
export function engagementCurve(postedAt: number, readings: readonly EngagementReading[]): { t: number; engagement: number }[] {
  const sorted = [...readings].sort((a, b) => a.observedAt - b.observedAt);
  const first = sorted[0];
  const start = first ? Math.min(postedAt, first.observedAt) : postedAt;
  return [{ t: start, engagement: 0 }, ...sorted.map((r) => ({ t: r.observedAt, engagement: engagementOf(r) }))];
}
