import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

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
  mention_engagement_snapshots: MentionEngagementSnapshotsTable;
  audit_log: AuditLogTable;
  mention_categories: MentionCategoriesTable;
  analysis_corrections: AnalysisCorrectionsTable;
  workspace_analysis: WorkspaceAnalysisTable;
  signal_rollups: SignalRollupsTable;
  signal_category_rollups: SignalCategoryRollupsTable;
  alert_rules: AlertRulesTable;
  detector_states: DetectorStatesTable;
  signal_baselines: SignalBaselinesTable;
  alerts: AlertsTable;
  oncall_orders: OnCallOrdersTable;
  notification_channels: NotificationChannelsTable;
  notification_messages: NotificationMessagesTable;
  notification_deliveries: NotificationDeliveriesTable;
  playbooks: PlaybooksTable;
  playbook_versions: PlaybookVersionsTable;
  crisis_team_assignments: CrisisTeamAssignmentsTable;
  policy_versions: PolicyVersionsTable;
  policy_acknowledgements: PolicyAcknowledgementsTable;
  // Registers: the risk register and the contacts directory.
  risks: RisksTable;
  contacts: ContactsTable;
  incidents: IncidentsTable;
  incident_team: IncidentTeamTable;
  incident_tasks: IncidentTasksTable;
  incident_fact_sheets: IncidentFactSheetsTable;
  incident_evidence: IncidentEvidenceTable;
  incident_timeline: IncidentTimelineTable;
  brand_pauses: BrandPausesTable;
  message_templates: MessageTemplatesTable;
  message_template_versions: MessageTemplateVersionsTable;
  message_template_comments: MessageTemplateCommentsTable;
  message_library_setups: MessageLibrarySetupsTable;
  owned_accounts: OwnedAccountsTable;
  sandbox_posts: SandboxPostsTable;
  sandbox_failures: SandboxFailuresTable;
  outbox_items: OutboxItemsTable;
  account_publishers: AccountPublishersTable;
  inbox_settings: InboxSettingsTable;
  inbox_items: InboxItemsTable;
  inbox_notes: InboxNotesTable;
  inbox_replies: InboxRepliesTable;
  inbox_presence: InboxPresenceTable;
  inbox_expert_requests: InboxExpertRequestsTable;
  statement_settings: StatementSettingsTable;
  update_pages: UpdatePagesTable;
  statements: StatementsTable;
  statement_approvals: StatementApprovalsTable;
  statement_revisions: StatementRevisionsTable;
  update_subscribers: UpdateSubscribersTable;
  statement_deliveries: StatementDeliveriesTable;
  update_subscription_attempts: UpdateSubscriptionAttemptsTable;
  moderation_settings: ModerationSettingsTable;
  moderation_actions: ModerationActionsTable;
}

export interface WorkspacesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: number;
  /** Raised each time an import of history makes the alert rules relearn (see the alert engine). */
  detector_generation: Generated<number>;
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
  // The analysis (null until analysed); see core/analysis.
  sentiment: ColumnType<string | null, string | null | undefined>;
  sentiment_negative: ColumnType<number | null, number | null | undefined>;
  sentiment_neutral: ColumnType<number | null, number | null | undefined>;
  sentiment_positive: ColumnType<number | null, number | null | undefined>;
  sentiment_source: ColumnType<string | null, string | null | undefined>;
  /** JSON array of crisis categories. */
  categories: ColumnType<string | null, string | null | undefined>;
  categories_corrected: ColumnType<number | null, number | null | undefined>;
  toxicity: ColumnType<number | null, number | null | undefined>;
  spam: ColumnType<number | null, number | null | undefined>;
  cluster_key: ColumnType<string | null, string | null | undefined>;
  /** JSON array of key phrases. */
  key_phrases: ColumnType<string | null, string | null | undefined>;
  analysis_version: ColumnType<string | null, string | null | undefined>;
}

export interface MentionCategoriesTable {
  workspace_id: number;
  mention_id: number;
  category: string;
  created_at: number;
}

export interface AnalysisCorrectionsTable {
  id: Generated<number>;
  workspace_id: number;
  mention_id: number;
  field: 'sentiment' | 'categories';
  /** What the analysis said (a label, or a JSON array of categories). */
  predicted: string;
  corrected: string;
  /** The text as corrected, so the workspace's adjustment can be refitted after the mention is gone. */
  text: string;
  user_id: number | null;
  created_at: number;
}

export interface WorkspaceAnalysisTable {
  workspace_id: number;
  /** JSON CategoryRules; null means the shipped defaults. */
  category_rules: string | null;
  /** JSON SentimentAdjustment fitted from the workspace's corrections. */
  sentiment_adjustment: string | null;
  /** Bumped on every change, so processes know to reload. */
  revision: Generated<number>;
  updated_at: number;
}

/** One sighting of a post's public counters (see pipeline/engagement.ts). */
export interface MentionEngagementSnapshotsTable {
  mention_id: number;
  /** When the counters were read: the batch's ingest time. */
  observed_at: number;
  likes: number;
  comments: number;
  shares: number;
  views: number;
  reach: number;
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

export interface SignalRollupsTable {
  workspace_id: number;
  brand_id: number;
  /** Start of the minute, epoch milliseconds (event time). */
  minute: number;
  mentions: number;
  negative: number;
  neutral: number;
  positive: number;
  reach: number;
  negative_reach: number;
  /** Distinct accounts in the minute, each counted by the batch that stored its first mention (see rollup-accounts.ts). */
  authors: number;
}

export interface SignalCategoryRollupsTable {
  workspace_id: number;
  brand_id: number;
  minute: number;
  category: string;
  mentions: number;
}

export interface AlertRulesTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number | null;
  signal: string;
  category: string | null;
  sensitivity: string;
  min_per_hour: number;
  enabled: number;
  created_at: number;
  updated_at: number;
}

export interface DetectorStatesTable {
  rule_id: number;
  brand_id: number;
  workspace_id: number;
  /** JSON: the series' state (see server/features/alerts/series-state.ts). */
  state: string;
  updated_at: number;
}

export interface SignalBaselinesTable {
  rule_id: number;
  brand_id: number;
  workspace_id: number;
  t: number;
  observed: number;
  expected: number;
  lower: number;
  upper: number;
  score: number;
}

export interface AlertsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  rule_id: number | null;
  group_key: string;
  severity: string;
  status: string;
  /** JSON AlertReason */
  reason: string;
  /** JSON AlertImpact */
  impact: string;
  firings: number;
  first_fired_at: number;
  last_fired_at: number;
  acknowledged_at: number | null;
  acknowledged_by: number | null;
  snoozed_until: number | null;
  resolved_at: number | null;
  resolved_by: number | null;
  resolution: string | null;
  escalation_step: number;
  escalated_at: number;
  incident_id: number | null;
  created_at: number;
  updated_at: number;
}

export interface OnCallOrdersTable {
  workspace_id: number;
  escalate_after_minutes: number;
  /** JSON OnCall['steps'] */
  steps: string;
  updated_at: number;
}

export interface NotificationChannelsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  kind: string;
  enabled: number;
  /** JSON settings without credentials. */
  config: string;
  /** The credentials as JSON, sealed with the secret box. */
  secrets: string;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface NotificationMessagesTable {
  id: Generated<number>;
  workspace_id: number;
  kind: string;
  severity: string;
  title: string;
  body: string;
  link: string | null;
  language: string;
  dedupe_key: string;
  created_at: number;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  workspace_id: number;
  channel_id: number;
  message_id: number;
  status: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  response_status: number | null;
  provider_message_id: string | null;
  next_attempt_at: number | null;
  lease_until: number | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface PlaybooksTable {
  id: Generated<number>;
  workspace_id: number;
  crisis_type: string;
  title: string;
  language: string;
  starter_key: string | null;
  current_version: number;
  archived_at: number | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface PlaybookVersionsTable {
  id: Generated<number>;
  playbook_id: number;
  workspace_id: number;
  version: number;
  title: string;
  /** JSON: PlaybookStep[] */
  steps: string;
  note: string;
  saved_by: number | null;
  saved_at: number;
}

export interface CrisisTeamAssignmentsTable {
  id: Generated<number>;
  workspace_id: number;
  crisis_type: string | null;
  role: string;
  user_id: number;
  /** JSON: number[] in the order deputies step in */
  deputy_user_ids: string;
  updated_by: number | null;
  updated_at: number;
}

export interface PolicyVersionsTable {
  id: Generated<number>;
  workspace_id: number;
  version: number;
  title: string;
  language: string;
  body: string;
  note: string;
  published_by: number | null;
  published_at: number;
}

export interface PolicyAcknowledgementsTable {
  policy_version_id: number;
  workspace_id: number;
  user_id: number;
  acknowledged_at: number;
}

export interface IncidentsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number | null;
  alert_id: number | null;
  title: string;
  crisis_type: string;
  state: string;
  summary: string;
  severity: number;
  severity_suggested: number;
  severity_reason: string | null;
  /** JSON SeverityInput */
  assessment: string;
  resolution_summary: string | null;
  review_note: string | null;
  playbook_id: number | null;
  playbook_version: number | null;
  playbook_title: string | null;
  declared_by: number | null;
  declared_at: number;
  resolved_at: number | null;
  reviewed_at: number | null;
  updated_at: number;
}

export interface IncidentTeamTable {
  id: Generated<number>;
  incident_id: number;
  role: string;
  user_id: number;
  /** JSON number[] */
  deputy_user_ids: string;
}

export interface IncidentTasksTable {
  id: Generated<number>;
  incident_id: number;
  workspace_id: number;
  position: number;
  step_key: string | null;
  title: string;
  description: string;
  owner_role: string;
  assignee_user_id: number | null;
  due_at: number | null;
  /** JSON { text, done }[] */
  checklist: string;
  /** JSON string[] */
  template_ids: string;
  escalation: string;
  status: string;
  completed_at: number | null;
  completed_by: number | null;
  reminded_at: number | null;
  escalated_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface IncidentFactSheetsTable {
  id: Generated<number>;
  incident_id: number;
  version: number;
  what_happened: string;
  what_we_know: string;
  what_we_do_not_know: string;
  what_we_are_doing: string;
  next_update_at: number | null;
  created_by: number | null;
  created_at: number;
}

export interface IncidentEvidenceTable {
  incident_id: number;
  mention_id: number;
  added_by: number | null;
  added_at: number;
}

export interface IncidentTimelineTable {
  id: Generated<number>;
  incident_id: number;
  at: number;
  kind: string;
  actor_user_id: number | null;
  /** JSON object */
  details: string;
}

export interface BrandPausesTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  reason: string;
  incident_id: number | null;
  paused_by: number | null;
  paused_at: number;
  resumed_by: number | null;
  resumed_at: number | null;
}

export interface MessageTemplatesTable {
  id: Generated<number>;
  workspace_id: number;
  key: string | null;
  name: string;
  crisis_type: string;
  kind: string;
  channel: string;
  language: string;
  approval_mode: string;
  approver_ids: string;
  valid_for_days: number | null;
  latest_version: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
}

export interface MessageTemplateVersionsTable {
  id: Generated<number>;
  template_id: number;
  workspace_id: number;
  version: number;
  body: string;
  change_note: string;
  author_id: number | null;
  created_at: number;
  status: string;
  decisions: string;
  submitted_at: number | null;
  approved_at: number | null;
  expires_at: number | null;
}

export interface MessageTemplateCommentsTable {
  id: Generated<number>;
  template_id: number;
  workspace_id: number;
  version: number;
  author_id: number | null;
  body: string;
  created_at: number;
}

export interface MessageLibrarySetupsTable {
  workspace_id: number;
  installed_at: number;
}

export type UserRow = Selectable<UsersTable>;
export type MentionRow = Selectable<MentionsTable>;
export type NewMention = Insertable<MentionsTable>;

// Registers: the risk register and the contacts directory.
export interface RisksTable {
  id: Generated<number>;
  workspace_id: number;
  title: string;
  description: string;
  category: string;
  likelihood: number;
  impact: number;
  owner_user_id: number | null;
  early_signs: string;
  mitigation: string;
  playbook_id: number | null;
  review_due_at: number | null;
  last_reviewed_at: number | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface ContactsTable {
  id: Generated<number>;
  workspace_id: number;
  kind: string;
  name: string;
  organisation: string;
  title: string;
  topic: string | null;
  beat: string;
  region: string;
  email: string;
  phone: string;
  whatsapp: string;
  notes: string;
  restricted: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface OwnedAccountsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  platform: string;
  handle: string;
  display_name: string;
  avatar_url: string | null;
  created_at: number;
  updated_at: number;
}

export interface SandboxPostsTable {
  id: Generated<number>;
  workspace_id: number;
  account_id: number;
  action: string;
  idempotency_key: string;
  text: string | null;
  target_external_id: string | null;
  author_handle: string | null;
  created_at: number;
}

export interface SandboxFailuresTable {
  account_id: number;
  remaining: number;
  retryable: number;
  message: string;
}

export interface OutboxItemsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  account_id: number;
  kind: string;
  action: string;
  payload: string;
  idempotency_key: string;
  state: string;
  scheduled_at: number;
  attempts: number;
  next_attempt_at: number | null;
  held_reason: string | null;
  receipt: string | null;
  error: string | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface AccountPublishersTable {
  id: Generated<number>;
  workspace_id: number;
  account_id: number;
  user_id: number;
  granted_by: number | null;
  granted_at: number;
}

export interface InboxSettingsTable {
  workspace_id: number;
  /** JSON InboxSettingsValue */
  settings: string;
  updated_by: number | null;
  updated_at: number;
}

export interface InboxItemsTable {
  id: Generated<number>;
  workspace_id: number;
  mention_id: number;
  brand_id: number | null;
  /** JSON array of InboxReason */
  reasons: string;
  priority: string;
  status: string;
  assignee_id: number | null;
  due_at: number;
  first_response_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface InboxNotesTable {
  id: Generated<number>;
  item_id: number;
  author_id: number | null;
  body: string;
  created_at: number;
}

export interface InboxRepliesTable {
  id: Generated<number>;
  workspace_id: number;
  item_id: number;
  account_id: number | null;
  text: string;
  template_id: number | null;
  template_version: number | null;
  status: string;
  approval_reason: string | null;
  author_id: number | null;
  approver_id: number | null;
  decision_comment: string | null;
  decided_at: number | null;
  incident_id: number | null;
  outbox_item_id: number | null;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface InboxPresenceTable {
  item_id: number;
  user_id: number;
  drafting: number;
  seen_at: number;
}

export interface InboxExpertRequestsTable {
  id: Generated<number>;
  workspace_id: number;
  item_id: number;
  contact_id: number | null;
  contact_name: string;
  contact_email: string;
  question: string;
  locale: string;
  token_hash: string;
  expires_at: number;
  answer: string | null;
  answered_at: number | null;
  created_by: number | null;
  created_at: number;
}

export interface StatementSettingsTable {
  workspace_id: number;
  two_person_rule: number;
  updated_at: number;
}

export interface UpdatePagesTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  slug: string;
  title: string;
  language: string;
  enabled: number;
  created_at: number;
  updated_at: number;
}

export interface StatementsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  incident_id: number | null;
  language: string;
  title: string;
  body: string;
  template_id: number | null;
  template_version: number | null;
  /** JSON { [channelKey]: text } */
  variants: string;
  /** JSON StatementTargets */
  targets: string;
  state: string;
  required_approvals: number;
  round: number;
  revision: number;
  scheduled_at: number | null;
  next_update_at: number | null;
  reminded_at: number | null;
  rejection_comment: string | null;
  author_id: number | null;
  created_at: number;
  updated_at: number;
  published_at: number | null;
}

export interface StatementApprovalsTable {
  id: Generated<number>;
  statement_id: number;
  round: number;
  user_id: number;
  decision: string;
  comment: string | null;
  at: number;
}

export interface StatementRevisionsTable {
  id: Generated<number>;
  statement_id: number;
  revision: number;
  title: string;
  body: string;
  reason: string | null;
  created_by: number | null;
  created_at: number;
  emails_reported_at: number | null;
}

export interface UpdateSubscribersTable {
  id: Generated<number>;
  page_id: number;
  email: string;
  language: string;
  confirm_token_hash: string | null;
  confirm_expires_at: number | null;
  confirmed_at: number | null;
  unsubscribed_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface StatementDeliveriesTable {
  id: Generated<number>;
  workspace_id: number;
  statement_id: number;
  revision: number;
  channel: string;
  account_id: number | null;
  subscriber_id: number | null;
  recipient: string | null;
  outbox_item_id: number | null;
  idempotency_key: string;
  state: string;
  attempts: number;
  next_attempt_at: number | null;
  external_id: string | null;
  url: string | null;
  error: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface UpdateSubscriptionAttemptsTable {
  id: Generated<number>;
  page_id: number;
  client_key: string;
  at: number;
}

export interface ModerationSettingsTable {
  workspace_id: number;
  block_after: number;
  window_ms: number;
  count_rude: number;
  min_cluster_accounts: number;
  updated_by: number | null;
  updated_at: number;
}

export interface ModerationActionsTable {
  id: Generated<number>;
  workspace_id: number;
  brand_id: number;
  account_id: number;
  mention_id: number | null;
  /** hide, unhide, delete, block or unblock */
  action: string;
  target_external_id: string | null;
  author_handle: string | null;
  /** JSON ModerationProposal, or null. */
  proposal: string | null;
  followed_proposal: number;
  reason: string | null;
  /** queued, done, failed or reverted */
  state: string;
  outbox_item_id: number | null;
  reverses_id: number | null;
  bulk_key: string | null;
  error: string | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}
