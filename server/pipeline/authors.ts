import type { PipelineMention } from './pipeline.types';

/** One account of a batch, as it is upserted into `authors`. */
export interface BatchAuthor {
  platform: string;
  handle: string;
  name: string | null;
  followers: number | null;
  first: number;
  last: number;
}

export const authorKey = (platform: string, handle: string) => `${platform}\u0000${handle}`;

/** The batch's accounts by `platform\0handle`: first and last seen, and the name and followers of their latest post. */
export function collectAuthors(mentions: readonly PipelineMention[]): Map<string, BatchAuthor> {
  const byKey = new Map<string, BatchAuthor>();
  for (const m of mentions) {
    if (!m.authorHandle) continue;
    const key = authorKey(m.record.platform, m.authorHandle);
    const at = m.record.createdAt;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, {
        platform: m.record.platform,
        handle: m.authorHandle,
        name: m.record.authorName ?? null,
        followers: m.record.authorFollowers ?? null,
        first: at,
        last: at,
      });
      continue;
    }
    if (at >= seen.last) {
      seen.last = at;
      seen.name = m.record.authorName ?? seen.name;
      seen.followers = m.record.authorFollowers ?? seen.followers;
    }
    seen.first = Math.min(seen.first, at);
  }
  return byKey;
}
