import type { Locale, SessionInfo, SetupRequestSchema } from '../../../core/api';
import { type Role, type TokenScope, TOKEN_SCOPES, isRole } from '../../../core/policy';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import { type Actor, SYSTEM_ACTOR } from '../../security/actor';
import type { Principal } from '../../security/principal';
import { DUMMY_PASSWORD_HASH, generateSecret, hashPassword, hashSecret, verifyPassword } from '../../security/secrets';
import { recordAudit } from '../audit';
import { createWorkspaceWithOwner } from '../workspaces';

const SETUP_TOKEN_TTL_MS = 24 * 3_600_000;
const LOGIN_WINDOW_MS = 15 * 60_000;

export interface NewSession {
  token: string;
  info: SessionInfo;
}

function insertUser(db: Kysely<Database>, user: { email: string; name: string; passwordHash: string; locale: Locale }, now: number) {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      locale: user.locale,
      created_at: now,
      disabled_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function createAuthService({ db, clock, config }: ServiceDeps) {
  async function hasUsers(): Promise<boolean> {
    return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  async function sessionInfo(userId: number, csrfToken: string): Promise<SessionInfo> {
    const user = await db.selectFrom('users').select(['id', 'email', 'name', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
    const workspaces = await db
      .selectFrom('memberships as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.id', 'w.slug', 'w.name', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('w.name')
      .execute();
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale === 'en' ? 'en' : 'id' },
      workspaces: workspaces.filter((w) => isRole(w.role)).map((w) => ({ id: w.id, slug: w.slug, name: w.name, role: w.role as Role })),
      csrfToken,
    };
  }

  async function startSession(userId: number): Promise<NewSession> {
    const token = generateSecret();
    const csrfToken = generateSecret(18);
    const now = clock.now();
    await db
      .insertInto('sessions')
      .values({
        id_hash: hashSecret(token),
        user_id: userId,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: now + config.sessionTtlMs,
        last_seen_at: now,
      })
      .execute();
    return { token, info: await sessionInfo(userId, csrfToken) };
  }

  async function assertNotRateLimited(key: string): Promise<void> {
    const since = clock.now() - LOGIN_WINDOW_MS;
    const row = await db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key)
      .where('attempted_at', '>', since)
      .executeTakeFirst();
    if (Number(row?.n ?? 0) >= config.loginAttemptsPer15Min) {
      throw new AppError('rate_limited', 'Too many failed sign-in attempts; try again in 15 minutes');
    }
  }

  return {
    async needsSetup(): Promise<boolean> {
      return !(await hasUsers());
    },

    /** A fresh one-time token for the setup page; earlier unused tokens stop working. */
    async issueSetupToken(): Promise<string | null> {
      if (await hasUsers()) return null;
      const token = generateSecret(18);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
        await trx
          .insertInto('setup_tokens')
          .values({ token_hash: hashSecret(token), created_at: now, expires_at: now + SETUP_TOKEN_TTL_MS, used_at: null })
          .execute();
      });
      return token;
    },

    async completeSetup(input: z.output<typeof SetupRequestSchema>, ip: string | null): Promise<NewSession> {
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const userId = await db.transaction().execute(async (trx) => {
        if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) {
          throw new AppError('setup_done', 'Siaga is already set up; sign in instead');
        }
        const used = await trx
          .updateTable('setup_tokens')
          .set({ used_at: now })
          .where('token_hash', '=', hashSecret(input.token))
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) !== 1) {
          throw new AppError('invalid_setup_token', 'The setup token is wrong or expired; use the one printed by `npm start`');
        }
        const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash, locale: input.locale }, now);
        const actor: Actor = { userId: user.id, tokenId: null, ip };
        await recordAudit(trx, actor, now, {
          workspaceId: null,
          action: 'user.created',
          targetType: 'user',
          targetId: user.id,
          details: { email: input.email, via: 'setup' },
        });
        await createWorkspaceWithOwner(trx, input.workspaceName, user.id, actor, now);
        return user.id;
      });
      return startSession(userId);
    },

    /** Creates a user (and optionally a workspace they own) from the shell, without a setup token. */
    async createUser(input: { email: string; name: string; password: string; locale: Locale; workspaceName?: string | undefined }) {
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        if (await trx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst()) {
          throw new AppError('conflict', `A user with e-mail ${input.email} already exists`);
        }
        const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash, locale: input.locale }, now);
        await recordAudit(trx, SYSTEM_ACTOR, now, {
          workspaceId: null,
          action: 'user.created',
          targetType: 'user',
          targetId: user.id,
          details: { email: input.email, via: 'cli' },
        });
        const workspace = input.workspaceName ? await createWorkspaceWithOwner(trx, input.workspaceName, user.id, SYSTEM_ACTOR, now) : null;
        await trx.updateTable('setup_tokens').set({ used_at: now }).where('used_at', 'is', null).execute();
        return { userId: user.id, workspace };
      });
    },

    async login(email: string, password: string, ip: string | null): Promise<NewSession> {
      const key = `${ip ?? '-'}|${email}`;
      await assertNotRateLimited(key);
      const user = await db
        .selectFrom('users')
        .select(['id', 'password_hash', 'disabled_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
      if (!user || !ok || user.disabled_at !== null) {
        await db.insertInto('login_attempts').values({ key, attempted_at: clock.now() }).execute();
        throw new AppError('invalid_credentials', 'Wrong e-mail or password');
      }
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
      return startSession(user.id);
    },

    async logout(sessionHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute();
    },

    async sessionInfo(userId: number, csrfToken: string): Promise<SessionInfo> {
      return sessionInfo(userId, csrfToken);
    },

    async updateMe(
      userId: number,
      patch: { name?: string | undefined; locale?: Locale | undefined },
      csrfToken: string,
    ): Promise<SessionInfo> {
      const set = { ...(patch.name ? { name: patch.name } : {}), ...(patch.locale ? { locale: patch.locale } : {}) };
      if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', userId).execute();
      return sessionInfo(userId, csrfToken);
    },

    /** Resolves a session cookie to its user and memberships, or null if it is unknown or expired. */
    async resolveSession(token: string): Promise<Principal | null> {
      const idHash = hashSecret(token);
      const now = clock.now();
      const session = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.user_id', 's.csrf_token', 's.expires_at', 's.last_seen_at', 'u.disabled_at'])
        .where('s.id_hash', '=', idHash)
        .executeTakeFirst();
      if (!session || session.expires_at <= now || session.disabled_at !== null) return null;
      // Sliding expiry, written at most once a minute to keep reads cheap.
      if (now - session.last_seen_at > 60_000) {
        await db
          .updateTable('sessions')
          .set({ last_seen_at: now, expires_at: now + config.sessionTtlMs })
          .where('id_hash', '=', idHash)
          .execute();
      }
      const rows = await db.selectFrom('memberships').select(['workspace_id', 'role']).where('user_id', '=', session.user_id).execute();
      const memberships = new Map<number, Role>();
      for (const r of rows) if (isRole(r.role)) memberships.set(r.workspace_id, r.role);
      return { kind: 'user', userId: session.user_id, sessionHash: idHash, csrfToken: session.csrf_token, memberships };
    },

    async resolveApiToken(secret: string): Promise<Principal | null> {
      const row = await db
        .selectFrom('api_tokens')
        .select(['id', 'workspace_id', 'scopes', 'revoked_at', 'last_used_at'])
        .where('token_hash', '=', hashSecret(secret))
        .executeTakeFirst();
      if (!row || row.revoked_at !== null) return null;
      const now = clock.now();
      if (row.last_used_at === null || now - row.last_used_at > 60_000) {
        await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      const scopes = (JSON.parse(row.scopes) as string[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
      return { kind: 'token', tokenId: row.id, workspaceId: row.workspace_id, scopes };
    },

    async invitationInfo(secret: string) {
      const row = await db
        .selectFrom('invitations as i')
        .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
        .select(['i.email', 'i.role', 'w.name as workspaceName'])
        .where('i.token_hash', '=', hashSecret(secret))
        .where('i.accepted_at', 'is', null)
        .where('i.expires_at', '>', clock.now())
        .executeTakeFirst();
      if (!row || !isRole(row.role)) throw AppError.notFound('Invitation');
      const userExists = (await db.selectFrom('users').select('id').where('email', '=', row.email).executeTakeFirst()) !== undefined;
      return { email: row.email, workspaceName: row.workspaceName, role: row.role, userExists };
    },

    /** New users choose a name and password; existing users prove who they are with theirs. */
    async acceptInvitation(secret: string, input: { name?: string | undefined; password: string }, ip: string | null): Promise<NewSession> {
      const now = clock.now();
      const invitation = await db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', hashSecret(secret))
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!invitation) throw AppError.notFound('Invitation');
      const existing = await db
        .selectFrom('users')
        .select(['id', 'password_hash'])
        .where('email', '=', invitation.email)
        .executeTakeFirst();
      if (existing && !(await verifyPassword(input.password, existing.password_hash))) {
        throw new AppError('invalid_credentials', 'Wrong password for this e-mail');
      }
      if (!existing && !input.name) throw AppError.validation([{ path: 'name', message: 'Required for a new account' }]);
      const passwordHash = existing ? null : await hashPassword(input.password);
      const userId = await db.transaction().execute(async (trx) => {
        const id =
          existing?.id ??
          (
            await insertUser(
              trx,
              { email: invitation.email, name: input.name ?? invitation.email, passwordHash: passwordHash ?? '', locale: 'id' },
              now,
            )
          ).id;
        const actor: Actor = { userId: id, tokenId: null, ip };
        await trx.updateTable('invitations').set({ accepted_at: now }).where('id', '=', invitation.id).execute();
        const already = await trx
          .selectFrom('memberships')
          .select('role')
          .where('workspace_id', '=', invitation.workspace_id)
          .where('user_id', '=', id)
          .executeTakeFirst();
        if (!already) {
          await trx
            .insertInto('memberships')
            .values({ workspace_id: invitation.workspace_id, user_id: id, role: invitation.role, created_at: now })
            .execute();
        }
        await recordAudit(trx, actor, now, {
          workspaceId: invitation.workspace_id,
          action: 'member.joined',
          targetType: 'user',
          targetId: id,
          details: { email: invitation.email, role: invitation.role },
        });
        return id;
      });
      return startSession(userId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
