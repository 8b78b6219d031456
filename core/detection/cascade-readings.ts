import type { EngagementReading } from './engagement-velocity';
import type { CascadeEvent } from './virality';

/** Events filled in from counters at most, so one huge post cannot make the forecast slow. */
const MAX_FILLED = 20_000;

/**
 * A post's cascade (its replies and reshares) with the readings of its counters as the early points:
 * a platform counts every comment and share, while ingest sees only the replies that reach it as
 * mentions. Up to each reading, the comments and shares it counts that no stored reply accounts for
 * are added as events spread evenly since the reading before, by accounts with `fillFollowers`
 * followers (their audience is unknown). After the newest reading, only the stored replies count.
 * `replies` are the stored replies and reshares, without the post; the result starts with the post.
 */
export function fillCascadeFromReadings(
  post: CascadeEvent,
  replies: readonly CascadeEvent[],
  readings: readonly EngagementReading[],
  fillFollowers: number,
): CascadeEvent[] {
  const sortedReplies = [...replies].sort((a, b) => a.timestamp - b.timestamp);
  const sortedReadings = [...readings].sort((a, b) => a.observedAt - b.observedAt);
  const filled: CascadeEvent[] = [];
  let previous = post.timestamp;
  let repliesSoFar = 0;
  for (const reading of sortedReadings) {
    const at = Math.max(post.timestamp, reading.observedAt);
    while (repliesSoFar < sortedReplies.length && sortedReplies[repliesSoFar]!.timestamp <= at) repliesSoFar++;
    const missing = Math.min(MAX_FILLED - filled.length, reading.comments + reading.shares - repliesSoFar - filled.length);
    for (let i = 1; i <= missing; i++) {
      filled.push({ timestamp: previous + ((at - previous) * i) / (missing + 1), followers: fillFollowers });
    }
    previous = at;
  }
  const events = [...sortedReplies, ...filled].sort((a, b) => a.timestamp - b.timestamp);
  return [post, ...events];
}

/** The median followers of the accounts that replied, or `fallback` without any: the audience of an unseen reply. */
export function typicalFollowers(replies: readonly CascadeEvent[], fallback: number): number {
  if (replies.length === 0) return fallback;
  const sorted = replies.map((r) => r.followers).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
