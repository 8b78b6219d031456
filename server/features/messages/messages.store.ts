import type { Kysely, Selectable } from 'kysely';
import type { MessageTemplate, MessageTemplateDetail, TemplateApproval, TemplateVersion } from '../../../core/api';
import {
  type ApprovalDecision,
  type ApprovalPolicy,
  type TemplateVersionState,
  listPendingApprovers,
  parseTemplate,
  readStatusAt,
} from '../../../core/messaging';
import type { Database, MessageTemplateVersionsTable, MessageTemplatesTable } from '../../db/schema';
import { AppError } from '../../errors';

export type TemplateRow = Selectable<MessageTemplatesTable>;
export type VersionRow = Selectable<MessageTemplateVersionsTable>;
type Db = Kysely<Database>;

const DAY_MS = 86_400_000;

/** The starter library has no human author; the approval machine counts it as user 0, whom nobody is. */
export const SYSTEM_AUTHOR = 0;

export function readApproval(row: TemplateRow): TemplateApproval {
  return {
    mode: row.approval_mode as TemplateApproval['mode'],
    approverIds: JSON.parse(row.approver_ids) as number[],
    validForDays: row.valid_for_days,
  };
}

export function toApprovalPolicy(approval: TemplateApproval): ApprovalPolicy {
  const policy: ApprovalPolicy = { mode: approval.mode, approverIds: approval.approverIds };
  return approval.validForDays === null ? policy : { ...policy, validForMs: approval.validForDays * DAY_MS };
}

export function toVersionState(row: VersionRow): TemplateVersionState {
  return {
    version: row.version,
    authorId: row.author_id ?? SYSTEM_AUTHOR,
    status: row.status as TemplateVersionState['status'],
    decisions: JSON.parse(row.decisions) as ApprovalDecision[],
    ...(row.submitted_at === null ? {} : { submittedAt: row.submitted_at }),
    ...(row.approved_at === null ? {} : { approvedAt: row.approved_at }),
    ...(row.expires_at === null ? {} : { expiresAt: row.expires_at }),
  };
}

/** The columns a version's review writes back. */
export function toStateColumns(state: TemplateVersionState) {
  return {
    status: state.status,
    decisions: JSON.stringify(state.decisions),
    submitted_at: state.submittedAt ?? null,
    approved_at: state.approvedAt ?? null,
    expires_at: state.expiresAt ?? null,
  };
}

export async function loadTemplateRow(db: Db, workspaceId: number, templateId: number): Promise<TemplateRow> {
  const row = await db
    .selectFrom('message_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', templateId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Template');
  return row;
}

export async function loadVersionRows(db: Db, templateIds: readonly number[]): Promise<VersionRow[]> {
  if (templateIds.length === 0) return [];
  return db
    .selectFrom('message_template_versions')
    .selectAll()
    .where('template_id', 'in', [...templateIds])
    .orderBy('version', 'desc')
    .execute();
}

export async function loadLatestVersion(db: Db, template: TemplateRow): Promise<VersionRow> {
  return db
    .selectFrom('message_template_versions')
    .selectAll()
    .where('template_id', '=', template.id)
    .where('version', '=', template.latest_version)
    .executeTakeFirstOrThrow();
}

function toVersion(row: VersionRow, policy: ApprovalPolicy, now: number, names: ReadonlyMap<number, string>): TemplateVersion {
  const state = toVersionState(row);
  return {
    version: row.version,
    body: row.body,
    changeNote: row.change_note,
    authorId: row.author_id,
    authorName: row.author_id === null ? null : (names.get(row.author_id) ?? null),
    createdAt: row.created_at,
    status: readStatusAt(state, now),
    decisions: [...state.decisions],
    submittedAt: row.submitted_at,
    approvedAt: row.approved_at,
    expiresAt: row.expires_at,
    pendingApproverIds: listPendingApprovers(state, policy),
  };
}

/** The template as listed: its latest version's words and status, and which version may be used now. */
export function toTemplate(row: TemplateRow, versions: readonly VersionRow[], now: number): MessageTemplate {
  const approval = readApproval(row);
  const latest = versions.find((v) => v.version === row.latest_version);
  if (!latest) throw new AppError('internal', `template ${row.id} has no version ${row.latest_version}`);
  const usable = versions.find((v) => readStatusAt(toVersionState(v), now) === 'approved');
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    crisisType: row.crisis_type as MessageTemplate['crisisType'],
    kind: row.kind as MessageTemplate['kind'],
    channel: row.channel as MessageTemplate['channel'],
    language: row.language as MessageTemplate['language'],
    approval,
    status: readStatusAt(toVersionState(latest), now),
    latestVersion: row.latest_version,
    approvedVersion: usable?.version ?? null,
    body: latest.body,
    variables: parseTemplate(latest.body).variables,
    expiresAt: latest.expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archived: row.archived_at !== null,
  };
}

async function loadUserNames(db: Db, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function loadTemplateDetail(db: Db, workspaceId: number, templateId: number, now: number): Promise<MessageTemplateDetail> {
  const row = await loadTemplateRow(db, workspaceId, templateId);
  const versions = await loadVersionRows(db, [row.id]);
  const comments = await db.selectFrom('message_template_comments').selectAll().where('template_id', '=', row.id).orderBy('id').execute();
  const names = await loadUserNames(db, [...versions.map((v) => v.author_id), ...comments.map((c) => c.author_id)]);
  const policy = toApprovalPolicy(readApproval(row));
  return {
    ...toTemplate(row, versions, now),
    versions: versions.map((v) => toVersion(v, policy, now, names)),
    comments: comments.map((c) => ({
      id: c.id,
      version: c.version,
      authorId: c.author_id,
      authorName: c.author_id === null ? null : (names.get(c.author_id) ?? null),
      body: c.body,
      createdAt: c.created_at,
    })),
  };
}
