/**
 * Coordinated behaviour: the same near-duplicate text (one cluster key) posted by many distinct accounts
 * within a short window, most of them new or with little history. Each cluster keeps only its posts inside
 * the window, so the state stays small however long the stream runs.
 */
export interface CoordinationRule {
  windowMs: number;
  /** Distinct accounts in the window before a cluster can be flagged. */
  minAccounts: number;
  /** The share of those accounts that must be new or low-history. */
  minSuspiciousShare: number;
  /** An account younger than this at posting time is new. */
  newAccountAgeMs: number;
  /** An account with at most this many earlier posts has a low history. */
  lowHistoryPosts: number;
  /** A flagged cluster is flagged again only after this long. */
  refractoryMs: number;
}

export const DEFAULT_COORDINATION_RULE: CoordinationRule = {
  windowMs: 30 * 60_000,
  minAccounts: 5,
  minSuspiciousShare: 0.6,
  newAccountAgeMs: 30 * 24 * 3_600_000,
  lowHistoryPosts: 10,
  refractoryMs: 6 * 3_600_000,
};

export interface CoordinationPost {
  clusterKey: string;
  authorId: string;
  timestamp: number;
  /** When the author's account was created, if known. */
  authorCreatedAt?: number | null;
  /** How many posts the author had made before, if known. */
  authorPostCount?: number | null;
}

export type SuspicionReason = 'new-account' | 'low-history';

export interface CoordinatedAccount {
  authorId: string;
  firstPostAt: number;
  posts: number;
  reasons: SuspicionReason[];
}

export interface CoordinatedCluster {
  clusterKey: string;
  windowStart: number;
  windowEnd: number;
  accounts: CoordinatedAccount[];
  distinctAccounts: number;
  suspiciousAccounts: number;
}

interface ClusterState {
  /** [authorId, timestamp, reasons bitmask: 1 new, 2 low history] inside the window. */
  posts: [string, number, number][];
  flaggedAt: number;
}

export interface CoordinationState {
  version: 1;
  clusters: Record<string, ClusterState>;
  last: number | null;
}

function suspicionOf(post: CoordinationPost, r: CoordinationRule): number {
  let mask = 0;
  if (post.authorCreatedAt != null && post.timestamp - post.authorCreatedAt < r.newAccountAgeMs) mask |= 1;
  if (post.authorPostCount != null && post.authorPostCount <= r.lowHistoryPosts) mask |= 2;
  return mask;
}

function reasonsOf(mask: number): SuspicionReason[] {
  return [...(mask & 1 ? (['new-account'] as const) : []), ...(mask & 2 ? (['low-history'] as const) : [])];
}

export function createCoordinationDetector(
  rule: Partial<CoordinationRule> = {},
  state?: CoordinationState,
): {
  observe(post: CoordinationPost): CoordinatedCluster | null;
  /**
   * A cluster flagged within the refractory period as its window stands now (accounts that joined
   * since the flag included), so a campaign's list can grow after it was first flagged; else null.
   */
  flagged(clusterKey: string): (CoordinatedCluster & { flaggedAt: number }) | null;
  /** The state to persist, without the clusters that can no longer matter. */
  snapshot(): CoordinationState;
} {
  const r: CoordinationRule = { ...DEFAULT_COORDINATION_RULE, ...rule };
  const s: CoordinationState = state ? structuredClone(state) : { version: 1, clusters: {}, last: null };
  let observed = 0;

  const forgetIdleClusters = (now: number) => {
    for (const [key, cluster] of Object.entries(s.clusters)) {
      const newest = cluster.posts.at(-1)?.[1] ?? -Infinity;
      if (now - newest > r.windowMs && now - cluster.flaggedAt >= r.refractoryMs) delete s.clusters[key];
    }
  };

  return {
    observe(post) {
      const now = Math.max(post.timestamp, s.last ?? post.timestamp);
      s.last = now;
      // Sweep idle clusters now and then, so the sweep costs O(1) per post on average.
      if (++observed % 1024 === 0) forgetIdleClusters(now);
      const cluster = (s.clusters[post.clusterKey] ??= { posts: [], flaggedAt: -Infinity });
      cluster.posts.push([post.authorId, post.timestamp, suspicionOf(post, r)]);
      const from = now - r.windowMs;
      while (cluster.posts.length > 0 && cluster.posts[0]![1] < from) cluster.posts.shift();

      const accounts = tally(cluster);
      const suspicious = suspiciousIn(accounts);
      if (accounts.size < r.minAccounts || suspicious < r.minSuspiciousShare * accounts.size) return null;
      if (now - cluster.flaggedAt < r.refractoryMs) return null;
      cluster.flaggedAt = now;
      return viewOf(post.clusterKey, cluster, accounts, now);
    },
    flagged(clusterKey) {
      const cluster = s.clusters[clusterKey];
      const now = s.last;
      if (!cluster || now === null || now - cluster.flaggedAt >= r.refractoryMs || cluster.posts.length === 0) return null;
      return { ...viewOf(clusterKey, cluster, tally(cluster), now), flaggedAt: cluster.flaggedAt };
    },
    snapshot: () => {
      if (s.last !== null) forgetIdleClusters(s.last);
      return structuredClone(s);
    },
  };
}

type Tally = Map<string, CoordinatedAccount & { mask: number }>;

/** The distinct accounts of a cluster's window. */
function tally(cluster: ClusterState): Tally {
  const accounts: Tally = new Map();
  for (const [authorId, timestamp, mask] of cluster.posts) {
    const account = accounts.get(authorId);
    if (account) {
      account.posts++;
      account.mask |= mask;
      account.firstPostAt = Math.min(account.firstPostAt, timestamp);
    } else accounts.set(authorId, { authorId, firstPostAt: timestamp, posts: 1, reasons: [], mask });
  }
  return accounts;
}

function suspiciousIn(accounts: Tally): number {
  let n = 0;
  for (const account of accounts.values()) if (account.mask !== 0) n++;
  return n;
}

function viewOf(clusterKey: string, cluster: ClusterState, accounts: Tally, now: number): CoordinatedCluster {
  return {
    clusterKey,
    windowStart: cluster.posts[0]![1],
    windowEnd: now,
    accounts: [...accounts.values()].map(({ mask, ...a }) => ({ ...a, reasons: reasonsOf(mask) })),
    distinctAccounts: accounts.size,
    suspiciousAccounts: suspiciousIn(accounts),
  };
}
