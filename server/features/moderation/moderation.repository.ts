import type { Kysely } from 'kysely';
import type { ModerationAct, ModerationActionView, ModerationSettings, ModerationState } from '../../../core/api';
import type { CrisisCategory, Sentiment } from '../../../core/analysis';
import type { ChannelPlatform } from '../../../core/channels';
import {
  type CommentKind,
  DEFAULT_MODERATION_POLICY,
  type ModerationPolicy,
  type ModerationProposal,
  classifyComment,
} from '../../../core/messaging';
import type { Database } from '../../db/schema';

export async function readSettings(db: Kysely<Database>, workspaceId: number): Promise<ModerationSettings> {
  const row = await db.selectFrom('moderation_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!row) return { ...DEFAULT_MODERATION_POLICY, updatedAt: null };
  return {
    blockAfter: row.block_after,
    windowMs: Number(row.window_ms),
    countRude: row.count_rude === 1,
    minClusterAccounts: row.min_cluster_accounts,
    updatedAt: Number(row.updated_at),
  };
}

export const policyOf = (s: ModerationSettings): ModerationPolicy => ({
  blockAfter: s.blockAfter,
  windowMs: s.windowMs,
  countRude: s.countRude,
  minClusterAccounts: s.minClusterAccounts,
});

/** The mention columns moderation reads: where it is, who wrote it and what the analysis found. */
export function selectComments(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('mentions as m')
    .select([
      'm.id',
      'm.platform',
      'm.external_id',
      'm.author_id',
      'm.author_handle',
      'm.text',
      'm.created_at',
      'm.sentiment',
      'm.categories',
      'm.toxicity',
      'm.spam',
      'm.cluster_key',
    ])
    .where('m.workspace_id', '=', workspaceId);
}

export type CommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>['execute']>>[number];

export function kindOf(r: Pick<CommentRow, 'sentiment' | 'categories' | 'toxicity' | 'spam'>): CommentKind {
  if (r.sentiment === null) return classifyComment(null);
  return classifyComment({
    spam: r.spam === 1,
    toxicity: r.toxicity ?? 0,
    sentiment: r.sentiment as Sentiment,
    categories: r.categories ? (JSON.parse(r.categories) as CrisisCategory[]) : [],
  });
}

export function selectActions(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('moderation_actions as x')
    .innerJoin('owned_accounts as a', 'a.id', 'x.account_id')
    .innerJoin('brands as b', 'b.id', 'x.brand_id')
    .leftJoin('users as u', 'u.id', 'x.created_by')
    .leftJoin('mentions as m', 'm.id', 'x.mention_id')
    .leftJoin('outbox_items as o', 'o.id', 'x.outbox_item_id')
    .select([
      'o.state as outbox_state',
      'x.id',
      'x.action',
      'x.state',
      'x.mention_id',
      'm.text as mention_text',
      'x.brand_id',
      'b.name as brand_name',
      'x.account_id',
      'a.platform',
      'a.handle',
      'a.display_name',
      'a.avatar_url',
      'x.target_external_id',
      'x.author_handle',
      'x.proposal',
      'x.followed_proposal',
      'x.reason',
      'x.outbox_item_id',
      'x.reverses_id',
      'x.bulk_key',
      'x.error',
      'u.name as created_by_name',
      'x.created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('moderation_actions as r')
        .leftJoin('outbox_items as ro', 'ro.id', 'r.outbox_item_id')
        .select('r.id')
        .whereRef('r.reverses_id', '=', 'x.id')
        .where('r.state', '!=', 'failed')
        .where((eb) => eb.or([eb('ro.state', 'is', null), eb('ro.state', '!=', 'cancelled')]))
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('reversed_by_id'),
    )
    .where('x.workspace_id', '=', workspaceId);
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof selectActions>['execute']>>[number];

/** Shown when a person cancelled the action's outbox item before it left: it never happened. */
export const CANCELLED_IN_OUTBOX = 'cancelled in the outbox before it was sent';

export function toActionView(r: ActionRow): ModerationActionView {
  const cancelled = r.state === 'queued' && r.outbox_state === 'cancelled';
  return {
    id: r.id,
    action: r.action as ModerationAct,
    state: cancelled ? 'failed' : (r.state as ModerationState),
    mentionId: r.mention_id,
    mentionText: r.mention_text,
    brandId: r.brand_id,
    account: {
      id: r.account_id,
      brandName: r.brand_name,
      platform: r.platform as ChannelPlatform,
      handle: r.handle,
      displayName: r.display_name,
      avatarUrl: r.avatar_url,
    },
    targetExternalId: r.target_external_id,
    authorHandle: r.author_handle,
    proposal: r.proposal === null ? null : (JSON.parse(r.proposal) as ModerationProposal),
    followedProposal: r.followed_proposal === 1,
    reason: r.reason,
    outboxItemId: r.outbox_item_id,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id ?? null,
    bulkKey: r.bulk_key,
    error: cancelled ? CANCELLED_IN_OUTBOX : r.error,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
  };
}

export async function findActions(db: Kysely<Database>, workspaceId: number, ids: readonly number[]): Promise<ModerationActionView[]> {
  if (ids.length === 0) return [];
  const rows = await selectActions(db, workspaceId)
    .where('x.id', 'in', [...ids])
    .orderBy('x.id')
    .execute();
  return rows.map(toActionView);
}
