import type { Kysely, Transaction } from 'kysely';
import type { Invitation, Member, WorkspaceSummary } from '../../../core/api';
import { type Role, canAssignRole, isRole } from '../../../core/policy';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import { installStarterPlaybooks } from '../plan';
import { generateSecret, hashSecret } from '../../security/secrets';

const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

type Db = Kysely<Database> | Transaction<Database>;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'workspace';
}

async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await db.selectFrom('workspaces').select('slug').where('slug', 'like', `${base}%`).execute();
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Creates a workspace with `ownerId` as its owner; use inside the caller's transaction. */
export async function createWorkspaceWithOwner(db: Db, name: string, ownerId: number, actor: Actor, at: number) {
  const slug = await uniqueSlug(db, name);
  const workspace = await db
    .insertInto('workspaces')
    .values({ slug, name, created_at: at })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  await db.insertInto('memberships').values({ workspace_id: workspace.id, user_id: ownerId, role: 'owner', created_at: at }).execute();
  // A new workspace starts with the starter playbooks in its owner's language; the creation entry records it.
  const owner = await db.selectFrom('users').select('locale').where('id', '=', ownerId).executeTakeFirst();
  const language = owner?.locale === 'en' ? 'en' : 'id';
  await installStarterPlaybooks(db, workspace.id, language, actor, at, false);
  await recordAudit(db, actor, at, {
    workspaceId: workspace.id,
    action: 'workspace.created',
    targetType: 'workspace',
    targetId: workspace.id,
    details: { name, starterPlaybooks: language },
  });
  return { ...workspace, role: 'owner' as const } satisfies WorkspaceSummary;
}

function toInvitation(row: { id: number; email: string; role: string; created_at: number; expires_at: number }): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function createWorkspaceService({ db, clock, config }: ServiceDeps) {
  async function roleOf(workspaceId: number, userId: number): Promise<Role | null> {
    const row = await db
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && isRole(row.role) ? row.role : null;
  }

  async function getMember(workspaceId: number, userId: number): Promise<Member> {
    const row = await db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.user_id', '=', userId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('Member');
    return { userId: row.id, email: row.email, name: row.name, role: isRole(row.role) ? row.role : 'viewer', joinedAt: row.created_at };
  }

  /** Refuses a change that would leave the workspace without an owner. */
  async function assertOwnerRemains(workspaceId: number, userId: number): Promise<void> {
    const owners = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .execute();
    if (owners.length === 1 && owners[0]?.user_id === userId) {
      throw new AppError('conflict', 'A workspace needs at least one owner: make someone else owner first');
    }
  }

  return {
    async createWorkspace(userId: number, name: string, actor: Actor): Promise<WorkspaceSummary> {
      return db.transaction().execute((trx) => createWorkspaceWithOwner(trx, name, userId, actor, clock.now()));
    },

    async listMembers(workspaceId: number): Promise<{ members: Member[]; invitations: Invitation[] }> {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
        .where('m.workspace_id', '=', workspaceId)
        .orderBy('m.created_at')
        .orderBy('u.id')
        .execute();
      const invitations = await db
        .selectFrom('invitations')
        .select(['id', 'email', 'role', 'created_at', 'expires_at'])
        .where('workspace_id', '=', workspaceId)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', clock.now())
        .orderBy('id')
        .execute();
      return {
        members: rows.map((r) => ({
          userId: r.id,
          email: r.email,
          name: r.name,
          role: isRole(r.role) ? r.role : 'viewer',
          joinedAt: r.created_at,
        })),
        invitations: invitations.map(toInvitation),
      };
    },

    /** Existing users join at once; anybody else gets a link that is shown once. */
    async inviteMember(workspaceId: number, actorRole: Role, email: string, role: Role, actor: Actor) {
      if (!canAssignRole(actorRole, null, role)) throw new AppError('forbidden', `Your role (${actorRole}) may not grant ${role}`);
      const now = clock.now();
      const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (user) {
        if (await roleOf(workspaceId, user.id)) throw new AppError('conflict', `${email} is already a member`);
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('memberships').values({ workspace_id: workspaceId, user_id: user.id, role, created_at: now }).execute();
          await recordAudit(trx, actor, now, {
            workspaceId,
            action: 'member.added',
            targetType: 'user',
            targetId: user.id,
            details: { email, role },
          });
        });
        return { member: await getMember(workspaceId, user.id), invitation: null, inviteUrl: null };
      }
      const secret = generateSecret();
      const row = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('invitations')
          .values({
            workspace_id: workspaceId,
            email,
            role,
            token_hash: hashSecret(secret),
            invited_by: actor.userId,
            created_at: now,
            expires_at: now + INVITATION_TTL_MS,
            accepted_at: null,
          })
          .returning(['id', 'email', 'role', 'created_at', 'expires_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'member.invited',
          targetType: 'invitation',
          targetId: inserted.id,
          details: { email, role },
        });
        return inserted;
      });
      return { member: null, invitation: toInvitation(row), inviteUrl: `${config.publicUrl}/invite/${secret}` };
    },

    async updateMemberRole(workspaceId: number, actorRole: Role, userId: number, role: Role, actor: Actor): Promise<Member> {
      const current = await roleOf(workspaceId, userId);
      if (!current) throw AppError.notFound('Member');
      if (!canAssignRole(actorRole, current, role))
        throw new AppError('forbidden', `Your role (${actorRole}) may not change a ${current} to ${role}`);
      if (current === 'owner' && role !== 'owner') await assertOwnerRemains(workspaceId, userId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('memberships').set({ role }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'member.role_changed',
          targetType: 'user',
          targetId: userId,
          details: { from: current, to: role },
        });
      });
      return getMember(workspaceId, userId);
    },

    async removeMember(workspaceId: number, actorRole: Role, userId: number, actor: Actor): Promise<void> {
      const current = await roleOf(workspaceId, userId);
      if (!current) throw AppError.notFound('Member');
      if (current === 'owner' && actorRole !== 'owner') throw new AppError('forbidden', 'Only an owner may remove an owner');
      if (current === 'owner') await assertOwnerRemains(workspaceId, userId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'member.removed',
          targetType: 'user',
          targetId: userId,
          details: { role: current },
        });
      });
    },

    async revokeInvitation(workspaceId: number, invitationId: number, actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('invitations')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', invitationId)
          .where('accepted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw AppError.notFound('Invitation');
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'member.invitation_revoked',
          targetType: 'invitation',
          targetId: invitationId,
        });
      });
    },
  };
}

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;
