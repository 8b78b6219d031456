import type { Generated, Insertable, Selectable } from 'kysely';

/** Timestamps are epoch milliseconds everywhere, so time arithmetic is the same on both dialects. */
export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  brands: BrandsTable;
  watch_queries: WatchQueriesTable;
  authors: AuthorsTable;
  mentions: MentionsTable;
  mention_brands: MentionBrandsTable;
  audit_log: AuditLogTable;
}

export interface WorkspacesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  created_at: number;
  disabled_at: number | null;
}

export interface MembershipsTable {
  workspace_id: number;
  user_id: number;
  role: string;
  created_at: number;
}

export interface InvitationsTable {
  id: Generated<number>;
  workspace_id: number;
  email: string;
  role: string;
  token_hash: string;
  invited_by: number | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  scopes: string;
  created_by: number | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  attempted_at: number;
}

export interface BrandsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  kind: string;
  description: string;
  created_at: number;
  updated_at: number;
}

export interface WatchQueriesTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  name: string;
  query: string;
  enabled: number;
  created_at: number;
  updated_at: number;
}

export interface AuthorsTable {
  id: Generated<number>;
  workspace_id: number;
  platform: string;
  handle: string;
  name: string | null;
  followers: number | null;
  first_seen_at: number;
  last_seen_at: number;
}

export interface MentionsTable {
  id: Generated<number>;
  workspace_id: number;
  platform: string;
  external_id: string;
  url: string | null;
  author_id: number | null;
  author_handle: string | null;
  text: string;
  language: string | null;
  created_at: number;
  ingested_at: number;
  likes: number;
  comments: number;
  shares: number;
  views: number;
  reach: number;
  parent_external_id: string | null;
  thread_external_id: string | null;
  raw: string | null;
}

export interface MentionBrandsTable {
  workspace_id: number;
  brand_id: number;
  mention_id: number;
  created_at: number;
  query_ids: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: number | null;
  actor_user_id: number | null;
  actor_token_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string | null;
  ip: string | null;
  created_at: number;
}

export type UserRow = Selectable<UsersTable>;
export type MentionRow = Selectable<MentionsTable>;
export type NewMention = Insertable<MentionsTable>;
