import { OPEN_INCIDENT_STATES } from '../../../core/incidents';
import { brandsOfMentions } from '../../db/mention-brands';
import type { Kysely } from 'kysely';
import type {
  ExpertRequest,
  InboxBulk,
  InboxFilter,
  InboxItem,
  InboxItemDetail,
  InboxItemPatch,
  InboxNote,
  InboxReply,
  InboxSettings,
} from '../../../core/api';
import { measureEngagementVelocity } from '../../../core/detection/engagement-velocity';
import {
  arrivesInTime,
  type InboxPriority,
  type InboxReason,
  type InboxStatus,
  canMoveInboxStatus,
  scoreInboxRisk,
  targetMinutes,
} from '../../../core/messaging';
import { type Role, can } from '../../../core/policy';
import { chunks } from '../../db/chunks';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError, isAppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { StoredMention } from '../../pipeline';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { insertItems, itemsFor, loadRuleContext } from './inbox-ingest';
import {
  type ItemRow,
  incidentOf,
  loadInboxSettings,
  loadOpenIncidents,
  readCategories,
  readSentiment,
  selectItemRows,
} from './inbox.repository';
import { selectReplyRows, toReply } from './inbox-replies.store';

/** A heartbeat older than this no longer counts as someone having the item open. */
export const PRESENCE_TTL_MS = 30_000;
const DAY = 86_400_000;
const MINUTE = 60_000;
/** How many open items the ranking reads before sorting; the rest wait for the next page of work. */
const RANK_WINDOW = 2_000;

export interface WorkspaceCaller {
  actor: Actor;
  role: Role | null;
}

/** The response inbox: items made by the rules from ingested mentions, ranked by risk, worked by people. */
export function createInboxService(deps: ServiceDeps, events: LiveEvents) {
  const { db, clock } = deps;
  const changed = (workspaceId: number, itemIds: number[]) => {
    if (itemIds.length > 0) events.publish(workspaceId, { type: 'inbox.changed', itemIds, at: clock.now() });
  };

  /** The ingest path's hook: one batch's new mentions, matched against the rules in memory, stored in one statement per 500 items. */
  async function afterStore(workspaceId: number, stored: readonly StoredMention[]): Promise<void> {
    if (stored.length === 0) return;
    const context = await loadRuleContext(db, workspaceId);
    const now = clock.now();
    const recent = stored.filter((s) => arrivesInTime(context.settings, s.record.createdAt, now));
    if (recent.length === 0) return;
    const rows = itemsFor(
      workspaceId,
      recent.map((s) => ({
        id: s.id,
        text: s.record.text,
        createdAt: s.record.createdAt,
        sentiment: s.analysis?.sentiment ?? null,
        negativeProbability: s.analysis?.sentimentScores.negative ?? 0,
        categories: s.analysis?.categories ?? [],
        reach: s.record.reach ?? 0,
        brandIds: [...s.brands.keys()].sort((a, b) => a - b),
      })),
      context,
      now,
    );
    if (rows.length === 0) return;
    changed(workspaceId, await insertItems(db, rows));
  }

  /** Runs the rules again over the last `days` of stored mentions (after the rules changed); existing items stay. */
  async function rescan(workspaceId: number, days: number, actor: Actor): Promise<{ scanned: number; created: number }> {
    const now = clock.now();
    const context = await loadRuleContext(db, workspaceId);
    let scanned = 0;
    const created: number[] = [];
    let after = 0;
    for (;;) {
      const mentions = await db
        .selectFrom('mentions as m')
        .leftJoin('inbox_items as i', (j) => j.onRef('i.mention_id', '=', 'm.id').on('i.workspace_id', '=', workspaceId))
        .select(['m.id', 'm.text', 'm.created_at', 'm.sentiment', 'm.sentiment_negative', 'm.categories', 'm.reach'])
        .where('m.workspace_id', '=', workspaceId)
        .where('m.created_at', '>=', now - days * DAY)
        .where('m.id', '>', after)
        .where('i.id', 'is', null)
        .orderBy('m.id')
        .limit(1_000)
        .execute();
      if (mentions.length === 0) break;
      after = mentions[mentions.length - 1]!.id;
      scanned += mentions.length;
      const brandsOf = await brandsOfMentions(
        db,
        mentions.map((m) => m.id),
      );
      const rows = itemsFor(
        workspaceId,
        mentions.map((m) => ({
          id: m.id,
          text: m.text,
          createdAt: m.created_at,
          sentiment: readSentiment(m.sentiment),
          negativeProbability: m.sentiment_negative ?? 0,
          categories: readCategories(m.categories),
          reach: m.reach,
          brandIds: (brandsOf.get(m.id) ?? []).sort((a, b) => a - b),
        })),
        context,
        now,
      );
      created.push(...(await insertItems(db, rows)));
    }
    await recordAudit(db, actor, now, {
      workspaceId,
      action: 'inbox.rescanned',
      targetType: 'workspace',
      targetId: workspaceId,
      details: { days, scanned, created: created.length },
    });
    changed(workspaceId, created);
    return { scanned, created: created.length };
  }

  /** Items with their risk, factor by factor, read from the mention, its snapshots, its author and open incidents. */
  async function present(workspaceId: number, rows: readonly ItemRow[], viewerId: number | null): Promise<InboxItem[]> {
    const now = clock.now();
    const mentionIds = rows.map((r) => r.mention_id);
    const readings = new Map<number, { observedAt: number; likes: number; comments: number; shares: number }[]>();
    const evidence = new Map<number, number>();
    const presence = new Map<number, InboxItem['presence']>();
    for (const slice of chunks(mentionIds, 500)) {
      const snaps = await db
        .selectFrom('mention_engagement_snapshots')
        .select(['mention_id', 'observed_at', 'likes', 'comments', 'shares'])
        .where('mention_id', 'in', slice)
        .execute();
      for (const s of snaps) {
        const list = readings.get(s.mention_id) ?? [];
        list.push({ observedAt: s.observed_at, likes: s.likes, comments: s.comments, shares: s.shares });
        readings.set(s.mention_id, list);
      }
      const links = await db
        .selectFrom('incident_evidence as e')
        .innerJoin('incidents as inc', 'inc.id', 'e.incident_id')
        .select(['e.mention_id', 'e.incident_id'])
        .where('e.mention_id', 'in', slice)
        .where('inc.state', 'in', OPEN_INCIDENT_STATES)
        .execute();
      for (const l of links) evidence.set(l.mention_id, l.incident_id);
    }
    for (const slice of chunks(
      rows.map((r) => r.id),
      500,
    )) {
      const here = await db
        .selectFrom('inbox_presence as p')
        .innerJoin('users as u', 'u.id', 'p.user_id')
        .select(['p.item_id', 'p.user_id', 'u.name', 'p.drafting', 'p.seen_at'])
        .where('p.item_id', 'in', slice)
        .where('p.seen_at', '>', now - PRESENCE_TTL_MS)
        .execute();
      for (const p of here) {
        if (p.user_id === viewerId) continue;
        presence.set(p.item_id, [
          ...(presence.get(p.item_id) ?? []),
          { userId: p.user_id, name: p.name, drafting: p.drafting === 1, seenAt: p.seen_at },
        ]);
      }
    }
    const settings = await loadInboxSettings(db, workspaceId);
    const openIncidents = await loadOpenIncidents(db, workspaceId);
    return rows.map((r) => {
      const velocity = measureEngagementVelocity(r.mention_created_at, readings.get(r.mention_id) ?? []);
      const linkedIncidentId = evidence.get(r.mention_id) ?? null;
      const priority = r.priority as InboxPriority;
      const waiting = r.status === 'open' || r.status === 'pending';
      const risk = scoreInboxRisk(
        {
          id: String(r.id),
          createdAt: r.mention_created_at,
          sentiment: readSentiment(r.sentiment) ?? 'neutral',
          negativeProbability: r.sentiment_negative ?? 0,
          reach: r.reach,
          engagementPerHour: velocity?.perHour ?? 0,
          authorFollowers: r.author_followers ?? 0,
          linkedToActiveIncident: linkedIncidentId !== null || incidentOf(openIncidents, r.brand_id) !== null,
        },
        // Answered items no longer wait: the waiting factor stops at the first response.
        { now: waiting ? now : (r.first_response_at ?? now), responseTargetMs: targetMinutes(settings.targets, priority) * MINUTE },
      );
      return {
        id: r.id,
        status: r.status as InboxStatus,
        reasons: JSON.parse(r.reasons) as InboxReason[],
        priority,
        brandId: r.brand_id,
        brandName: r.brand_name,
        assigneeId: r.assignee_id,
        assigneeName: r.assignee_name,
        dueAt: r.due_at,
        overdue: waiting && r.first_response_at === null && now > r.due_at,
        firstResponseAt: r.first_response_at,
        createdAt: r.created_at,
        risk: { score: risk.score, factors: risk.factors },
        mention: {
          id: r.mention_id,
          platform: r.platform,
          externalId: r.external_id,
          url: r.url,
          authorHandle: r.author_handle,
          authorFollowers: r.author_followers,
          text: r.text,
          language: r.language,
          sentiment: readSentiment(r.sentiment),
          categories: readCategories(r.categories),
          reach: r.reach,
          createdAt: r.mention_created_at,
        },
        linkedIncidentId,
        presence: presence.get(r.id) ?? [],
      };
    });
  }

  async function list(workspaceId: number, filter: InboxFilter, caller: WorkspaceCaller): Promise<InboxItem[]> {
    let q = selectItemRows(db, workspaceId);
    if (filter.status) q = q.where('i.status', '=', filter.status);
    else q = q.where('i.status', 'in', ['open', 'pending']);
    if (filter.assignee === 'none') q = q.where('i.assignee_id', 'is', null);
    else if (filter.assignee === 'me') q = q.where('i.assignee_id', '=', caller.actor.userId ?? -1);
    else if (filter.assignee !== undefined) q = q.where('i.assignee_id', '=', filter.assignee);
    if (filter.brandId !== undefined) q = q.where('i.brand_id', '=', filter.brandId);
    if (filter.overdue) q = q.where('i.due_at', '<', clock.now()).where('i.first_response_at', 'is', null);
    const rows = await q.orderBy('i.due_at').orderBy('i.id').limit(RANK_WINDOW).execute();
    const items = await present(workspaceId, rows, caller.actor.userId);
    // Highest risk first; ties to the mention waiting longest, then the item id, so every screen agrees.
    items.sort((a, b) => b.risk.score - a.risk.score || a.mention.createdAt - b.mention.createdAt || a.id - b.id);
    return items.slice(0, filter.limit);
  }

  async function getItem(workspaceId: number, itemId: number, viewerId: number | null): Promise<InboxItem> {
    const row = await selectItemRows(db, workspaceId).where('i.id', '=', itemId).executeTakeFirst();
    if (!row) throw AppError.notFound('inbox item');
    return (await present(workspaceId, [row], viewerId))[0]!;
  }

  async function detail(workspaceId: number, itemId: number, caller: WorkspaceCaller): Promise<InboxItemDetail> {
    const item = await getItem(workspaceId, itemId, caller.actor.userId);
    const notes = await db
      .selectFrom('inbox_notes as n')
      .leftJoin('users as u', 'u.id', 'n.author_id')
      .select(['n.id', 'n.author_id', 'u.name', 'n.body', 'n.created_at'])
      .where('n.item_id', '=', itemId)
      .orderBy('n.created_at')
      .orderBy('n.id')
      .execute();
    const replies = await selectReplyRows(db, workspaceId).where('r.item_id', '=', itemId).orderBy('r.id').execute();
    const experts = await db
      .selectFrom('inbox_expert_requests')
      .select(['id', 'contact_id', 'contact_name', 'question', 'answer', 'answered_at', 'expires_at', 'created_at'])
      .where('item_id', '=', itemId)
      .orderBy('id')
      .execute();
    return {
      ...item,
      notes: notes.map((n): InboxNote => ({ id: n.id, authorId: n.author_id, authorName: n.name, body: n.body, createdAt: n.created_at })),
      replies: replies.map((r): InboxReply => toReply(r)),
      experts: experts.map((e): ExpertRequest => ({
        id: e.id,
        contactId: e.contact_id,
        contactName: e.contact_name,
        question: e.question,
        answer: e.answer,
        answeredAt: e.answered_at,
        expiresAt: e.expires_at,
        createdAt: e.created_at,
      })),
    };
  }

  async function assertAssignable(trx: Kysely<Database>, workspaceId: number, userId: number) {
    const member = await trx
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!member || !can(member.role as Role, 'inbox.work')) {
      throw AppError.validation([{ path: 'assigneeId', message: `user ${userId} is not a member who works the inbox` }]);
    }
  }

  /** One item's status and/or assignee, audited; a move the status machine does not allow is a conflict. */
  async function patchOne(trx: Kysely<Database>, workspaceId: number, itemId: number, patch: InboxItemPatch, actor: Actor, now: number) {
    const row = await trx
      .selectFrom('inbox_items')
      .select(['id', 'status', 'assignee_id'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('inbox item');
    const set: { status?: string; assignee_id?: number | null; updated_at: number } = { updated_at: now };
    if (patch.status !== undefined && patch.status !== row.status) {
      if (!canMoveInboxStatus(row.status as InboxStatus, patch.status)) {
        throw new AppError('conflict', `An item that is ${row.status} cannot become ${patch.status}`);
      }
      set.status = patch.status;
    }
    if (patch.assigneeId !== undefined && patch.assigneeId !== row.assignee_id) {
      if (patch.assigneeId !== null) await assertAssignable(trx, workspaceId, patch.assigneeId);
      set.assignee_id = patch.assigneeId;
    }
    if (set.status === undefined && set.assignee_id === undefined) return;
    await trx.updateTable('inbox_items').set(set).where('id', '=', itemId).execute();
    await recordAudit(trx, actor, now, {
      workspaceId,
      action: 'inbox.item_updated',
      targetType: 'inbox_item',
      targetId: itemId,
      details: {
        ...(set.status !== undefined ? { status: { from: row.status, to: set.status } } : {}),
        ...(set.assignee_id !== undefined ? { assignee: { from: row.assignee_id, to: set.assignee_id } } : {}),
      },
    });
  }

  /** Which of the brands that `settings` gives rules of exist in the workspace. */
  async function brandsWithRules(workspaceId: number, settings: InboxSettings): Promise<Set<number>> {
    const brandIds = settings.brandRules.map((b) => b.brandId);
    if (brandIds.length === 0) return new Set();
    const rows = await db.selectFrom('brands').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', brandIds).execute();
    return new Set(rows.map((b) => b.id));
  }

  return {
    afterStore,
    rescan,
    list,
    detail,

    /** The settings as stored, less the rules of brands deleted since: saving them back must not fail on those. */
    async getSettings(workspaceId: number): Promise<InboxSettings> {
      const settings = (await loadInboxSettings(db, workspaceId)) as InboxSettings;
      const known = await brandsWithRules(workspaceId, settings);
      return { ...settings, brandRules: settings.brandRules.filter((b) => known.has(b.brandId)) };
    },

    async putSettings(workspaceId: number, settings: InboxSettings, actor: Actor): Promise<InboxSettings> {
      const now = clock.now();
      const known = await brandsWithRules(workspaceId, settings);
      const issues = settings.brandRules.flatMap(({ brandId }, i) =>
        known.has(brandId) ? [] : [{ path: `brandRules.${i}.brandId`, message: `no brand ${brandId} in this workspace` }],
      );
      if (issues.length > 0) throw AppError.validation(issues);
      await db.transaction().execute(async (trx) => {
        const json = JSON.stringify(settings);
        await trx
          .insertInto('inbox_settings')
          .values({ workspace_id: workspaceId, settings: json, updated_by: actor.userId, updated_at: now })
          .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ settings: json, updated_by: actor.userId, updated_at: now }))
          .execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'inbox.settings_updated',
          targetType: 'workspace',
          targetId: workspaceId,
          details: settings,
        });
      });
      return settings;
    },

    async patch(workspaceId: number, itemId: number, patch: InboxItemPatch, caller: WorkspaceCaller): Promise<InboxItem> {
      const now = clock.now();
      await db.transaction().execute((trx) => patchOne(trx, workspaceId, itemId, patch, caller.actor, now));
      changed(workspaceId, [itemId]);
      return getItem(workspaceId, itemId, caller.actor.userId);
    },

    /** The same change on many items; each succeeds or fails on its own, with its reason. */
    async bulk(workspaceId: number, input: InboxBulk, caller: WorkspaceCaller) {
      const now = clock.now();
      const patch: InboxItemPatch =
        input.action.type === 'assign'
          ? { assigneeId: input.action.assigneeId }
          : input.action.type === 'close'
            ? { status: 'closed' }
            : { status: input.action.status };
      const results: { itemId: number; ok: boolean; error: { code: string; message: string } | null }[] = [];
      for (const itemId of input.itemIds) {
        try {
          await db.transaction().execute((trx) => patchOne(trx, workspaceId, itemId, patch, caller.actor, now));
          results.push({ itemId, ok: true, error: null });
        } catch (error) {
          if (!isAppError(error)) throw error;
          results.push({ itemId, ok: false, error: { code: error.code, message: error.message } });
        }
      }
      changed(
        workspaceId,
        results.filter((r) => r.ok).map((r) => r.itemId),
      );
      return results;
    },

    async addNote(workspaceId: number, itemId: number, body: string, caller: WorkspaceCaller): Promise<InboxNote> {
      const now = clock.now();
      await getItem(workspaceId, itemId, null);
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('inbox_notes')
          .values({ item_id: itemId, author_id: caller.actor.userId, body, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, caller.actor, now, {
          workspaceId,
          action: 'inbox.note_added',
          targetType: 'inbox_item',
          targetId: itemId,
          details: { noteId: row.id },
        });
        return row.id;
      });
      changed(workspaceId, [itemId]);
      const author =
        caller.actor.userId === null
          ? null
          : await db.selectFrom('users').select('name').where('id', '=', caller.actor.userId).executeTakeFirst();
      return { id, authorId: caller.actor.userId, authorName: author?.name ?? null, body, createdAt: now };
    },

    /** A heartbeat from someone who has the item open (or is drafting a reply); answers who else is on it. */
    async heartbeat(workspaceId: number, itemId: number, drafting: boolean, caller: WorkspaceCaller): Promise<InboxItem['presence']> {
      const userId = caller.actor.userId;
      if (userId === null) throw new AppError('forbidden', 'Presence needs a signed-in member, not an API token');
      const now = clock.now();
      await getItem(workspaceId, itemId, null);
      await db
        .insertInto('inbox_presence')
        .values({ item_id: itemId, user_id: userId, drafting: drafting ? 1 : 0, seen_at: now })
        .onConflict((oc) => oc.columns(['item_id', 'user_id']).doUpdateSet({ drafting: drafting ? 1 : 0, seen_at: now }))
        .execute();
      const everyone = await db
        .selectFrom('inbox_presence as p')
        .innerJoin('users as u', 'u.id', 'p.user_id')
        .select(['p.user_id', 'u.name', 'p.drafting', 'p.seen_at'])
        .where('p.item_id', '=', itemId)
        .where('p.seen_at', '>', now - PRESENCE_TTL_MS)
        .orderBy('p.seen_at')
        .execute();
      const presence = everyone.map((p) => ({ userId: p.user_id, name: p.name, drafting: p.drafting === 1, seenAt: p.seen_at }));
      events.publish(workspaceId, { type: 'inbox.presence', itemId, presence, at: now });
      return presence.filter((p) => p.userId !== userId);
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
