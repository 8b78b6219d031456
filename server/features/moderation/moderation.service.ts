import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  BlockProposal,
  BulkResult,
  ClusterHideInput,
  MentionModeration,
  ModerateInput,
  ModerationAct,
  ModerationActionView,
  ModerationActionsQuery,
  ModerationCluster,
  ModerationSettings,
  ModerationSettingsInput,
} from '../../../core/api';
import { CHANNEL_PLATFORMS, type ChannelPlatform } from '../../../core/channels';
import {
  type AuthorOffence,
  type CommentKind,
  IMPOLITE_FROM,
  type ModerationPolicy,
  type ModerationProposal,
  checkBlock,
  followsProposal,
  proposeClusterModeration,
  proposeModeration,
} from '../../../core/messaging';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { holdsPublishingRight } from '../accounts';
import { recordAudit } from '../audit';
import { enqueueOutgoing } from '../outbox';
import {
  type CommentRow,
  findActions,
  kindOf,
  policyOf,
  readSettings,
  selectActions,
  selectComments,
  toActionView,
} from './moderation.repository';

/** What an outbox item carrying a moderation action names as its source. */
export const MODERATION_SOURCE = 'moderation_action';

/** Platform names mentions arrive with, as the channel names them. */
const PLATFORM_ALIASES: Readonly<Record<string, ChannelPlatform>> = { twitter: 'x', ig: 'instagram', fb: 'facebook', yt: 'youtube' };

export function channelPlatformOf(mentionPlatform: string): ChannelPlatform | null {
  const name = PLATFORM_ALIASES[mentionPlatform] ?? mentionPlatform;
  return (CHANNEL_PLATFORMS as readonly string[]).includes(name) ? (name as ChannelPlatform) : null;
}

const REVERSAL: Partial<Record<ModerationAct, ModerationAct>> = { hide: 'unhide', block: 'unblock' };

const BLOCK_REFUSAL_MESSAGES = {
  criticism_is_answered: 'criticism and ordinary comments are answered, never blocked',
  single_rude_comment:
    'one rude comment is answered or hidden, never a reason to block; the policy proposes a block after repeated offences',
  override_reason_needed: 'the policy does not propose a block for this author; give a reason to override it',
} as const;

interface OwnedTarget {
  id: number;
  brandId: number;
}

interface NewAction {
  workspaceId: number;
  account: OwnedTarget;
  mentionId: number | null;
  action: ModerationAct;
  targetExternalId: string | null;
  authorHandle: string | null;
  proposal: ModerationProposal | null;
  followedProposal: boolean;
  reason: string | null;
  reversesId?: number | null;
  bulkKey?: string | null;
}

/**
 * Moderation: what the policy proposes for a comment, and hide / unhide / delete / block / unblock queued
 * through the outbox on the owned account the comment lives on, each recorded with who, what and why.
 */
export function createModerationService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function comment(workspaceId: number, mentionId: number): Promise<CommentRow> {
    const row = await selectComments(db, workspaceId).where('m.id', '=', mentionId).executeTakeFirst();
    if (!row) throw AppError.notFound('mention');
    return row;
  }

  /** The author's other comments in the window before this one that count against them. */
  async function offencesBefore(workspaceId: number, row: CommentRow, policy: ModerationPolicy) {
    if (row.author_id === null && row.author_handle === null) return [];
    let q = selectComments(db, workspaceId)
      .where('m.id', '!=', row.id)
      .where('m.created_at', '>', row.created_at - policy.windowMs)
      .where('m.created_at', '<=', row.created_at)
      .where((eb) => eb.or([eb('m.spam', '=', 1), eb('m.toxicity', '>=', IMPOLITE_FROM)]));
    q =
      row.author_id !== null
        ? q.where('m.author_id', '=', row.author_id)
        : q.where('m.platform', '=', row.platform).where('m.author_handle', '=', row.author_handle);
    const rows = await q.orderBy('m.created_at', 'desc').limit(500).execute();
    return rows
      .map((r) => ({ mentionId: r.id, kind: kindOf(r), at: r.created_at, text: r.text }))
      .filter((o): o is { mentionId: number; kind: AuthorOffence['kind']; at: number; text: string } =>
        ['spam', 'abuse', 'rude'].includes(o.kind),
      );
  }

  async function assess(workspaceId: number, row: CommentRow) {
    const settings = await readSettings(db, workspaceId);
    const policy = policyOf(settings);
    const kind = kindOf(row);
    const offences = await offencesBefore(workspaceId, row, policy);
    const history: AuthorOffence[] = offences.map((o) => ({ kind: o.kind, at: o.at }));
    const proposal = proposeModeration(kind, history, row.created_at, policy);
    return { settings, kind, offences, history, proposal };
  }

  /** The brand's owned account on the comment's platform: what a hide or a block acts as. */
  async function accountFor(workspaceId: number, row: CommentRow, brandId?: number): Promise<OwnedTarget | string> {
    const platform = channelPlatformOf(row.platform);
    if (!platform) return `Siaga cannot act on ${row.platform}: no channel for that platform`;
    let q = db
      .selectFrom('mention_brands as mb')
      .innerJoin('owned_accounts as a', (j) => j.onRef('a.brand_id', '=', 'mb.brand_id').onRef('a.workspace_id', '=', 'mb.workspace_id'))
      .select(['a.id', 'a.brand_id'])
      .where('mb.workspace_id', '=', workspaceId)
      .where('mb.mention_id', '=', row.id)
      .where('a.platform', '=', platform);
    if (brandId !== undefined) q = q.where('mb.brand_id', '=', brandId);
    const account = await q.orderBy('a.id').executeTakeFirst();
    if (!account) return `no owned account on ${platform} for the brand of this mention; add one on the Owned accounts page`;
    return { id: account.id, brandId: account.brand_id };
  }

  /** An action row and its outbox item, in the caller's transaction. */
  async function queue(trx: Kysely<Database>, a: NewAction, actor: Actor, now: number): Promise<number> {
    const row = await trx
      .insertInto('moderation_actions')
      .values({
        workspace_id: a.workspaceId,
        brand_id: a.account.brandId,
        account_id: a.account.id,
        mention_id: a.mentionId,
        action: a.action,
        target_external_id: a.targetExternalId,
        author_handle: a.authorHandle,
        proposal: a.proposal ? JSON.stringify(a.proposal) : null,
        followed_proposal: a.followedProposal ? 1 : 0,
        reason: a.reason,
        state: 'queued',
        outbox_item_id: null,
        reverses_id: a.reversesId ?? null,
        bulk_key: a.bulkKey ?? null,
        error: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = await enqueueOutgoing(
      trx,
      {
        workspaceId: a.workspaceId,
        accountId: a.account.id,
        kind: 'moderation',
        action: a.action,
        targetExternalId: a.targetExternalId,
        authorHandle: a.authorHandle,
        idempotencyKey: `moderation:${row.id}`,
        source: { type: MODERATION_SOURCE, id: row.id },
      },
      actor,
      now,
    );
    await trx.updateTable('moderation_actions').set({ outbox_item_id: item.id }).where('id', '=', row.id).execute();
    return row.id;
  }

  async function live(
    workspaceId: number,
    filter: { mentionId?: number; action: ModerationAct[]; authorHandle?: string; accountId?: number },
  ) {
    let q = selectActions(db, workspaceId).where('x.action', 'in', filter.action).where('x.state', 'in', ['queued', 'done']);
    if (filter.mentionId !== undefined) q = q.where('x.mention_id', '=', filter.mentionId);
    if (filter.authorHandle !== undefined) q = q.where('x.author_handle', '=', filter.authorHandle);
    if (filter.accountId !== undefined) q = q.where('x.account_id', '=', filter.accountId);
    return (await q.execute()).map(toActionView).filter((a) => (a.state === 'queued' || a.state === 'done') && a.reversedById === null);
  }

  async function get(workspaceId: number, actionId: number): Promise<ModerationActionView> {
    const [action] = await findActions(db, workspaceId, [actionId]);
    if (!action) throw AppError.notFound('moderation action');
    return action;
  }

  async function list(workspaceId: number, query: ModerationActionsQuery): Promise<ModerationActionView[]> {
    let q = selectActions(db, workspaceId);
    if (query.mentionId !== undefined) q = q.where('x.mention_id', '=', query.mentionId);
    return (await q.orderBy('x.created_at', 'desc').orderBy('x.id', 'desc').limit(query.limit).execute()).map(toActionView);
  }

  return {
    get,
    list,
    settings: (workspaceId: number): Promise<ModerationSettings> => readSettings(db, workspaceId),

    async updateSettings(workspaceId: number, input: ModerationSettingsInput, actor: Actor): Promise<ModerationSettings> {
      const now = clock.now();
      const values = {
        block_after: input.blockAfter,
        window_ms: input.windowMs,
        count_rude: input.countRude ? 1 : 0,
        min_cluster_accounts: input.minClusterAccounts,
        updated_by: actor.userId,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('moderation_settings')
          .values({ workspace_id: workspaceId, ...values })
          .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'moderation.settings_changed',
          targetType: 'workspace',
          targetId: workspaceId,
          details: input,
        });
      });
      return readSettings(db, workspaceId);
    },

    /** The proposal for one mention with its reason, the author's recent offences and what was done to it. */
    async forMention(workspaceId: number, mentionId: number, actor: Actor): Promise<MentionModeration> {
      const row = await comment(workspaceId, mentionId);
      const { settings, kind, offences, history, proposal } = await assess(workspaceId, row);
      const target = await accountFor(workspaceId, row);
      const account =
        typeof target === 'string'
          ? null
          : await db
              .selectFrom('owned_accounts as a')
              .innerJoin('brands as b', 'b.id', 'a.brand_id')
              .select(['a.id', 'b.name as brand_name', 'a.platform', 'a.handle', 'a.display_name', 'a.avatar_url'])
              .where('a.id', '=', target.id)
              .executeTakeFirstOrThrow();
      const block = checkBlock(kind, proposal, history, 'override');
      const plain = checkBlock(kind, proposal, history, null);
      return {
        mentionId,
        kind,
        proposal,
        offences,
        account: account
          ? {
              id: account.id,
              brandName: account.brand_name,
              platform: account.platform as ChannelPlatform,
              handle: account.handle,
              displayName: account.display_name,
              avatarUrl: account.avatar_url,
            }
          : null,
        accountProblem: typeof target === 'string' ? target : null,
        mayPublish: account !== null && actor.userId !== null && (await holdsPublishingRight(db, workspaceId, account.id, actor.userId)),
        // Allowed with a reason when `allowed`; by the proposal alone when `basis` is `proposal`.
        block: plain.allowed
          ? { allowed: true, basis: plain.basis, refusal: null }
          : block.allowed
            ? { allowed: true, basis: 'override', refusal: plain.refusal }
            : { allowed: false, basis: null, refusal: block.refusal },
        actions: await list(workspaceId, { mentionId, limit: 100 }),
        policy: settings,
      };
    },

    /** Hide, delete or block from one comment; refused with the field to fix when the policy or the data says no. */
    async act(workspaceId: number, input: ModerateInput, actor: Actor): Promise<ModerationActionView> {
      const row = await comment(workspaceId, input.mentionId);
      const { kind, history, proposal } = await assess(workspaceId, row);
      const reason = input.reason && input.reason.length > 0 ? input.reason : null;
      let followed: boolean;
      if (input.action === 'block') {
        if (!row.author_handle) throw AppError.validation([{ path: 'mentionId', message: 'the mention has no author handle to block' }]);
        const check = checkBlock(kind, proposal, history, reason);
        if (!check.allowed) {
          const path = check.refusal === 'override_reason_needed' ? 'reason' : 'action';
          throw AppError.validation([{ path, message: BLOCK_REFUSAL_MESSAGES[check.refusal] }], { refusal: check.refusal });
        }
        followed = check.basis === 'proposal';
      } else {
        followed = followsProposal(proposal, input.action);
        if (!followed && !reason) {
          throw AppError.validation([
            {
              path: 'reason',
              message: `the policy proposes to ${proposal.action.replace('_', ' ')} (${proposal.reason}); say why you ${input.action} it`,
            },
          ]);
        }
      }
      const target = await accountFor(workspaceId, row);
      if (typeof target === 'string') throw AppError.validation([{ path: 'mentionId', message: target }]);
      const already =
        input.action === 'block'
          ? await live(workspaceId, { action: ['block'], authorHandle: row.author_handle!, accountId: target.id })
          : await live(workspaceId, { action: input.action === 'hide' ? ['hide', 'delete'] : ['delete'], mentionId: row.id });
      if (already.length > 0) {
        throw new AppError(
          'conflict',
          `Already ${input.action === 'block' ? 'blocked' : input.action === 'hide' ? 'hidden' : 'deleted'} (action ${already[0]!.id})`,
        );
      }

      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const actionId = await queue(
          trx,
          {
            workspaceId,
            account: target,
            mentionId: row.id,
            action: input.action,
            targetExternalId: input.action === 'block' ? null : row.external_id,
            authorHandle: input.action === 'block' ? row.author_handle : null,
            proposal,
            followedProposal: followed,
            reason,
          },
          actor,
          now,
        );
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: `moderation.${input.action}`,
          targetType: 'mention',
          targetId: row.id,
          details: { actionId, kind, proposal, followedProposal: followed, reason, accountId: target.id },
        });
        return actionId;
      });
      return get(workspaceId, id);
    },

    /** Unhide after a hide, unblock after a block: a new action that points at the one it undoes. */
    async undo(workspaceId: number, actionId: number, actor: Actor, reason: string | null = null): Promise<ModerationActionView> {
      const original = await get(workspaceId, actionId);
      const reverse = REVERSAL[original.action];
      if (!reverse) {
        throw new AppError(
          'conflict',
          original.action === 'delete'
            ? 'A deleted comment cannot be brought back through Siaga; the platform may let its author post it again'
            : `A ${original.action} is itself an undo`,
        );
      }
      if (original.state !== 'queued' && original.state !== 'done')
        throw new AppError('conflict', `A ${original.state} action cannot be undone`);
      if (original.reversedById !== null) throw new AppError('conflict', `Already undone (action ${original.reversedById})`);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const newId = await queue(
          trx,
          {
            workspaceId,
            account: { id: original.account.id, brandId: original.brandId },
            mentionId: original.mentionId,
            action: reverse,
            targetExternalId: original.targetExternalId,
            authorHandle: original.authorHandle,
            proposal: null,
            followedProposal: false,
            reason,
            reversesId: original.id,
          },
          actor,
          now,
        );
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: `moderation.${reverse}`,
          targetType: original.mentionId === null ? 'moderation_action' : 'mention',
          targetId: original.mentionId ?? original.id,
          details: { actionId: newId, reverses: original.id, reason, accountId: original.account.id },
        });
        return newId;
      });
      return get(workspaceId, id);
    },

    /** Authors with `blockAfter` offences within the window up to now, not blocked yet. */
    async blockProposals(workspaceId: number): Promise<BlockProposal[]> {
      const settings = await readSettings(db, workspaceId);
      const policy = policyOf(settings);
      const now = clock.now();
      const rows = await selectComments(db, workspaceId)
        .where('m.created_at', '>', now - policy.windowMs)
        .where('m.created_at', '<=', now)
        .where('m.author_handle', 'is not', null)
        .where((eb) => eb.or([eb('m.spam', '=', 1), eb('m.toxicity', '>=', IMPOLITE_FROM)]))
        .orderBy('m.created_at', 'desc')
        .limit(5000)
        .execute();
      const byAuthor = new Map<string, { row: CommentRow; kind: CommentKind }[]>();
      for (const row of rows) {
        const key = row.author_id !== null ? `id:${row.author_id}` : `${row.platform}:${row.author_handle}`;
        const list = byAuthor.get(key) ?? [];
        list.push({ row, kind: kindOf(row) });
        byAuthor.set(key, list);
      }
      const blocked = new Set((await live(workspaceId, { action: ['block'] })).map((a) => a.authorHandle));
      const proposals: BlockProposal[] = [];
      for (const comments of byAuthor.values()) {
        const counted = comments.filter((c) => c.kind === 'spam' || c.kind === 'abuse' || (c.kind === 'rude' && policy.countRude));
        const [last, ...earlier] = counted;
        if (!last || blocked.has(last.row.author_handle)) continue;
        const history = earlier.map((c) => ({ kind: c.kind as AuthorOffence['kind'], at: c.row.created_at }));
        const proposal = proposeModeration(last.kind, history, last.row.created_at, policy);
        if (proposal.action !== 'propose_block') continue;
        proposals.push({
          platform: last.row.platform,
          authorHandle: last.row.author_handle!,
          offences: proposal.offencesInWindow,
          kinds: [...new Set(counted.map((c) => c.kind))],
          lastMentionId: last.row.id,
          lastText: last.row.text,
          lastAt: last.row.created_at,
        });
      }
      return proposals.sort((a, b) => b.offences - a.offences || b.lastAt - a.lastAt);
    },

    /** Near-duplicate comments per brand in the window, with whether the policy lets them be hidden in bulk. */
    async clusters(workspaceId: number, query: { brandId?: number | undefined; windowMs: number }): Promise<ModerationCluster[]> {
      const settings = await readSettings(db, workspaceId);
      const now = clock.now();
      const members = await clusterMembers(workspaceId, { brandId: query.brandId, from: now - query.windowMs, to: now });
      const groups = new Map<string, ClusterMember[]>();
      for (const m of members) {
        const key = `${m.brand_id}\u0000${m.cluster_key}`;
        groups.set(key, [...(groups.get(key) ?? []), m]);
      }
      const hidden = await hiddenMentionIds(
        workspaceId,
        members.map((m) => m.id),
      );
      const clusters: ModerationCluster[] = [];
      for (const group of groups.values()) {
        if (group.length < 2) continue;
        const first = group[0]!;
        const verdict = proposeClusterModeration(
          {
            coordinated: new Set(group.map(authorKey)).size >= 2,
            itemIds: group.map((m) => String(m.id)),
            accountIds: group.map(authorKey),
          },
          policyOf(settings),
        );
        clusters.push({
          brandId: first.brand_id,
          brandName: first.brand_name,
          clusterKey: first.cluster_key!,
          comments: group.length,
          visible: group.filter((m) => !hidden.has(m.id)).length,
          authors: new Set(group.map(authorKey)).size,
          sampleTexts: [...new Set(group.map((m) => m.text))].slice(0, 3),
          from: Math.min(...group.map((m) => m.created_at)),
          to: Math.max(...group.map((m) => m.created_at)),
          qualifies: verdict.action === 'hide_all',
          refusal: verdict.action === 'hide_all' ? null : verdict.reason,
        });
      }
      return clusters.sort((a, b) => Number(b.qualifies) - Number(a.qualifies) || b.authors - a.authors).slice(0, 50);
    },

    /** Hides every visible comment of a qualifying cluster: one outbox item each, one audit entry for all. */
    async hideCluster(workspaceId: number, input: ClusterHideInput, actor: Actor): Promise<BulkResult> {
      const settings = await readSettings(db, workspaceId);
      const group = await clusterMembers(workspaceId, {
        brandId: input.brandId,
        from: input.from,
        to: input.to,
        clusterKey: input.clusterKey,
      });
      if (group.length === 0)
        throw AppError.validation([{ path: 'clusterKey', message: 'no comments of this brand with that cluster key in the window' }]);
      const authors = new Set(group.map(authorKey)).size;
      const verdict = proposeClusterModeration(
        { coordinated: authors >= 2, itemIds: group.map((m) => String(m.id)), accountIds: group.map(authorKey) },
        policyOf(settings),
      );
      if (verdict.action !== 'hide_all') {
        throw AppError.validation(
          [
            {
              path: 'clusterKey',
              message: `the cluster has ${authors} distinct account(s); bulk hiding needs at least ${settings.minClusterAccounts}: review each comment instead`,
            },
          ],
          { refusal: verdict.reason },
        );
      }
      const hidden = await hiddenMentionIds(
        workspaceId,
        group.map((m) => m.id),
      );
      const visible = group.filter((m) => !hidden.has(m.id));
      if (visible.length === 0) throw new AppError('conflict', 'Every comment of this cluster is already hidden');
      const targets = new Map<number, OwnedTarget>();
      for (const m of visible) {
        const target = await accountFor(workspaceId, await comment(workspaceId, m.id), input.brandId);
        if (typeof target === 'string') throw AppError.validation([{ path: 'clusterKey', message: `mention ${m.id}: ${target}` }]);
        targets.set(m.id, target);
      }
      const bulkKey = `cluster:${randomUUID()}`;
      const now = clock.now();
      const reason = input.reason && input.reason.length > 0 ? input.reason : null;
      const ids = await db.transaction().execute(async (trx) => {
        const created: number[] = [];
        for (const m of visible) {
          created.push(
            await queue(
              trx,
              {
                workspaceId,
                account: targets.get(m.id)!,
                mentionId: m.id,
                action: 'hide',
                targetExternalId: m.external_id,
                authorHandle: null,
                proposal: null,
                followedProposal: true,
                reason,
                bulkKey,
              },
              actor,
              now,
            ),
          );
        }
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'moderation.cluster_hidden',
          targetType: 'brand',
          targetId: input.brandId,
          details: {
            bulkKey,
            clusterKey: input.clusterKey,
            from: input.from,
            to: input.to,
            authors,
            comments: created.length,
            actionIds: created,
            reason,
          },
        });
        return created;
      });
      return { bulkKey, actions: await findActions(db, workspaceId, ids) };
    },

    /** Unhides what a bulk hide hid and is not undone yet; one audit entry for all. */
    async undoBulk(workspaceId: number, bulkKey: string, actor: Actor): Promise<BulkResult> {
      const originals = (await selectActions(db, workspaceId).where('x.bulk_key', '=', bulkKey).where('x.action', '=', 'hide').execute())
        .map(toActionView)
        .filter((a) => (a.state === 'queued' || a.state === 'done') && a.reversedById === null);
      if (originals.length === 0) throw new AppError('conflict', 'Nothing of this bulk hide is left to undo');
      const undoKey = `undo:${bulkKey}`;
      const now = clock.now();
      const ids = await db.transaction().execute(async (trx) => {
        const created: number[] = [];
        for (const original of originals) {
          created.push(
            await queue(
              trx,
              {
                workspaceId,
                account: { id: original.account.id, brandId: original.brandId },
                mentionId: original.mentionId,
                action: 'unhide',
                targetExternalId: original.targetExternalId,
                authorHandle: null,
                proposal: null,
                followedProposal: false,
                reason: null,
                reversesId: original.id,
                bulkKey: undoKey,
              },
              actor,
              now,
            ),
          );
        }
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'moderation.cluster_unhidden',
          targetType: 'brand',
          targetId: originals[0]!.brandId,
          details: { bulkKey, undoKey, comments: created.length, actionIds: created },
        });
        return created;
      });
      return { bulkKey: undoKey, actions: await findActions(db, workspaceId, ids) };
    },
  };

  async function clusterMembers(workspaceId: number, f: { brandId?: number | undefined; from: number; to: number; clusterKey?: string }) {
    let q = db
      .selectFrom('mention_brands as mb')
      .innerJoin('mentions as m', 'm.id', 'mb.mention_id')
      .innerJoin('brands as b', 'b.id', 'mb.brand_id')
      .select([
        'm.id',
        'm.external_id',
        'm.platform',
        'm.author_id',
        'm.author_handle',
        'm.text',
        'm.created_at',
        'm.cluster_key',
        'mb.brand_id',
        'b.name as brand_name',
      ])
      .where('mb.workspace_id', '=', workspaceId)
      .where('m.created_at', '>=', f.from)
      .where('m.created_at', '<=', f.to)
      .where('m.cluster_key', 'is not', null);
    if (f.brandId !== undefined) q = q.where('mb.brand_id', '=', f.brandId);
    if (f.clusterKey !== undefined) q = q.where('m.cluster_key', '=', f.clusterKey);
    return q.orderBy('m.created_at', 'desc').limit(5000).execute();
  }
  type ClusterMember = Awaited<ReturnType<typeof clusterMembers>>[number];

  async function hiddenMentionIds(workspaceId: number, mentionIds: number[]): Promise<Set<number>> {
    if (mentionIds.length === 0) return new Set();
    const hidden = new Set<number>();
    for (let i = 0; i < mentionIds.length; i += 500) {
      const rows = await selectActions(db, workspaceId)
        .where('x.action', 'in', ['hide', 'delete'])
        .where('x.state', 'in', ['queued', 'done'])
        .where('x.mention_id', 'in', mentionIds.slice(i, i + 500))
        .execute();
      for (const r of rows.map(toActionView)) {
        if ((r.state === 'queued' || r.state === 'done') && r.reversedById === null && r.mentionId !== null) hidden.add(r.mentionId);
      }
    }
    return hidden;
  }
}

function authorKey(m: { author_id: number | null; platform: string; author_handle: string | null; id: number }): string {
  if (m.author_id !== null) return `id:${m.author_id}`;
  return m.author_handle ? `${m.platform}:${m.author_handle}` : `mention:${m.id}`;
}

export type ModerationService = ReturnType<typeof createModerationService>;
