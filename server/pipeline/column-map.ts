import { MENTION_FIELDS, type MentionRecord } from '../../core/api';

type Field = keyof MentionRecord;

/** Column names seen in exports from common tools, by the field they mean. */
const ALIASES: Record<Field, string[]> = {
  platform: ['platform', 'source', 'network', 'channel'],
  externalId: ['externalid', 'external_id', 'id', 'post_id', 'postid', 'tweet_id', 'message_id'],
  text: ['text', 'message', 'content', 'body', 'full_text', 'caption', 'comment'],
  createdAt: ['createdat', 'created_at', 'timestamp', 'date', 'time', 'published_at', 'posted_at', 'created_time'],
  url: ['url', 'link', 'permalink'],
  authorHandle: ['authorhandle', 'author_handle', 'author', 'username', 'user', 'screen_name', 'handle'],
  authorName: ['authorname', 'author_name', 'display_name', 'user_name'],
  authorFollowers: ['authorfollowers', 'author_followers', 'followers', 'followers_count'],
  language: ['language', 'lang'],
  likes: ['likes', 'like_count', 'favorite_count', 'reactions'],
  comments: ['comments', 'comment_count', 'reply_count', 'replies'],
  shares: ['shares', 'share_count', 'retweet_count', 'retweets', 'reposts'],
  views: ['views', 'view_count', 'impressions', 'plays'],
  reach: ['reach'],
  parentId: ['parentid', 'parent_id', 'in_reply_to', 'in_reply_to_id', 'reply_to'],
  threadId: ['threadid', 'thread_id', 'conversation_id'],
};

export type ColumnMap = Partial<Record<Field, string>>;

/** Parses `--map text=message,createdAt=time,authorHandle=user.screen_name`. */
export function parseColumnMap(spec: string | undefined): ColumnMap {
  const map: ColumnMap = {};
  if (!spec) return map;
  for (const pair of spec.split(',')) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    if (!field || !column) throw new Error(`--map: "${pair}" is not field=column`);
    if (!(MENTION_FIELDS as string[]).includes(field)) {
      throw new Error(`--map: unknown field "${field}"; fields are ${MENTION_FIELDS.join(', ')}`);
    }
    map[field as Field] = column;
  }
  return map;
}

/** Explicit mappings win; other fields are found by their usual column names, ignoring case. */
export function resolveColumns(columns: readonly string[], explicit: ColumnMap): ColumnMap {
  const byLower = new Map(columns.map((c) => [c.trim().toLowerCase(), c]));
  const resolved: ColumnMap = { ...explicit };
  for (const field of MENTION_FIELDS) {
    if (resolved[field]) continue;
    const found = ALIASES[field].map((alias) => byLower.get(alias)).find((c) => c !== undefined);
    if (found) resolved[field] = found;
  }
  return resolved;
}

function pick(row: Record<string, unknown>, path: string): unknown {
  if (path in row) return row[path];
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Turns a source row into mention fields; empty cells count as absent. */
export function applyColumnMap(
  row: Record<string, unknown>,
  map: ColumnMap,
  defaults: Partial<Record<Field, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of MENTION_FIELDS) {
    const column = map[field];
    const value = column === undefined ? undefined : pick(row, column);
    if (value !== undefined && value !== null && value !== '') out[field] = value;
    else if (defaults[field] !== undefined) out[field] = defaults[field];
  }
  return out;
}
