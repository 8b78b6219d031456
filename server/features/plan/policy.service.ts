import {
  type PolicyAcknowledgements,
  type PolicyInput,
  PolicyInputSchema,
  type PolicyState,
  type PolicyVersion,
  type PolicyVersionSummarySchema,
} from '../../../core/api';
import { isRole } from '../../../core/policy';
import type { z } from 'zod';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import type { Db } from './playbooks.repository';
import { parseInput } from './playbooks.service';

function selectPolicyVersions(db: Db, workspaceId: number) {
  return db
    .selectFrom('policy_versions as p')
    .leftJoin('users as u', 'u.id', 'p.published_by')
    .select(['p.id', 'p.version', 'p.title', 'p.language', 'p.body', 'p.note', 'p.published_by', 'u.name as publisher', 'p.published_at'])
    .where('p.workspace_id', '=', workspaceId);
}

type PolicyRow = Awaited<ReturnType<ReturnType<typeof selectPolicyVersions>['executeTakeFirstOrThrow']>>;

function toPolicyVersion(row: PolicyRow): PolicyVersion {
  return {
    version: row.version,
    title: row.title,
    language: row.language === 'en' ? 'en' : 'id',
    body: row.body,
    note: row.note,
    publishedBy: row.published_by === null ? null : { userId: row.published_by, name: row.publisher ?? '' },
    publishedAt: row.published_at,
  };
}

const currentRow = (db: Db, workspaceId: number) =>
  selectPolicyVersions(db, workspaceId).orderBy('p.version', 'desc').limit(1).executeTakeFirst();

/** The social media policy: published in versions, each acknowledged by every member. */
export function createPolicyService({ db, clock }: ServiceDeps) {
  async function acknowledgedAt(policyVersionId: number, userId: number): Promise<number | null> {
    const row = await db
      .selectFrom('policy_acknowledgements')
      .select('acknowledged_at')
      .where('policy_version_id', '=', policyVersionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.acknowledged_at ?? null;
  }

  async function getPolicy(workspaceId: number, userId: number | null): Promise<PolicyState> {
    const row = await currentRow(db, workspaceId);
    if (!row) return { current: null, acknowledgedAt: null };
    return { current: toPolicyVersion(row), acknowledgedAt: userId === null ? null : await acknowledgedAt(row.id, userId) };
  }

  return {
    getPolicy,

    async listVersions(workspaceId: number): Promise<z.infer<typeof PolicyVersionSummarySchema>[]> {
      const rows = await selectPolicyVersions(db, workspaceId).orderBy('p.version', 'desc').execute();
      const counts = await db
        .selectFrom('policy_acknowledgements')
        .select((eb) => ['policy_version_id', eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .groupBy('policy_version_id')
        .execute();
      const byVersion = new Map(counts.map((c) => [c.policy_version_id, Number(c.n)]));
      return rows.map((row) => {
        const { body: _body, ...version } = toPolicyVersion(row);
        return { ...version, acknowledged: byVersion.get(row.id) ?? 0 };
      });
    },

    async getVersion(workspaceId: number, version: number): Promise<PolicyVersion> {
      const row = await selectPolicyVersions(db, workspaceId).where('p.version', '=', version).executeTakeFirst();
      if (!row) throw AppError.notFound('Policy version');
      return toPolicyVersion(row);
    },

    /** Publishes a new version: everyone must acknowledge it again; the publisher has read it and counts as acknowledged. */
    async publishPolicy(workspaceId: number, raw: PolicyInput, actor: Actor): Promise<PolicyState> {
      const input = parseInput(PolicyInputSchema, raw);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await currentRow(trx, workspaceId);
        const version = (current?.version ?? 0) + 1;
        const { id } = await trx
          .insertInto('policy_versions')
          .values({ workspace_id: workspaceId, version, ...input, published_by: actor.userId, published_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (actor.userId !== null) {
          await trx
            .insertInto('policy_acknowledgements')
            .values({ policy_version_id: id, workspace_id: workspaceId, user_id: actor.userId, acknowledged_at: now })
            .execute();
        }
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'policy.published',
          targetType: 'policy',
          targetId: version,
          details: { title: input.title, language: input.language, note: input.note },
        });
      });
      return getPolicy(workspaceId, actor.userId);
    },

    async acknowledgePolicy(workspaceId: number, version: number, actor: Actor & { userId: number }): Promise<PolicyState> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const current = await currentRow(trx, workspaceId);
        if (!current) throw AppError.notFound('Policy');
        if (current.version !== version) {
          throw new AppError(
            'conflict',
            `Version ${current.version} of the policy has been published since; read it and acknowledge that one`,
          );
        }
        const inserted = await trx
          .insertInto('policy_acknowledgements')
          .values({ policy_version_id: current.id, workspace_id: workspaceId, user_id: actor.userId, acknowledged_at: now })
          .onConflict((oc) => oc.columns(['policy_version_id', 'user_id']).doNothing())
          .returning('user_id')
          .executeTakeFirst();
        // Acknowledging twice changes nothing and is not audited twice.
        if (!inserted) return;
        await recordAudit(trx, actor, now, { workspaceId, action: 'policy.acknowledged', targetType: 'policy', targetId: version });
      });
      return getPolicy(workspaceId, actor.userId);
    },

    /** Every member against the current version: who acknowledged it and who has not yet. */
    async listAcknowledgements(workspaceId: number): Promise<PolicyAcknowledgements> {
      const current = await currentRow(db, workspaceId);
      const members = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .leftJoin('policy_acknowledgements as a', (j) =>
          j.onRef('a.user_id', '=', 'm.user_id').on('a.policy_version_id', '=', current?.id ?? -1),
        )
        .select(['u.id', 'u.name', 'u.email', 'm.role', 'a.acknowledged_at'])
        .where('m.workspace_id', '=', workspaceId)
        .where('u.disabled_at', 'is', null)
        .orderBy('u.name')
        .orderBy('u.id')
        .execute();
      const person = (m: (typeof members)[number]) => ({
        userId: m.id,
        name: m.name,
        email: m.email,
        role: isRole(m.role) ? m.role : 'viewer',
      });
      return {
        version: current?.version ?? null,
        acknowledged: members.flatMap((m) => (m.acknowledged_at === null ? [] : [{ ...person(m), acknowledgedAt: m.acknowledged_at }])),
        pending: current ? members.filter((m) => m.acknowledged_at === null).map(person) : [],
      };
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
