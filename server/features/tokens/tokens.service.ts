import type { ApiToken } from '../../../core/api';
import { TOKEN_SCOPES, type TokenScope } from '../../../core/policy';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import { generateSecret, hashSecret } from '../../security/secrets';
import { recordAudit } from '../audit';

/** Secrets look like `siaga_<prefix>_<random>`; the prefix identifies a token in lists and logs. */
export const TOKEN_PREFIX = 'siaga_';

interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  scopes: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: (JSON.parse(r.scopes) as string[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s)),
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function createTokenService({ db, clock }: ServiceDeps) {
  const columns = ['id', 'name', 'prefix', 'scopes', 'created_at', 'last_used_at', 'revoked_at'] as const;

  return {
    async listTokens(workspaceId: number): Promise<ApiToken[]> {
      const rows = await db
        .selectFrom('api_tokens')
        .select(columns)
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toToken);
    },

    async createToken(workspaceId: number, name: string, scopes: TokenScope[], actor: Actor): Promise<{ token: ApiToken; secret: string }> {
      const prefix = generateSecret(6).replace(/[-_]/g, 'x').slice(0, 8);
      const secret = `${TOKEN_PREFIX}${prefix}_${generateSecret(24)}`;
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('api_tokens')
          .values({
            workspace_id: workspaceId,
            name,
            prefix: `${TOKEN_PREFIX}${prefix}`,
            token_hash: hashSecret(secret),
            scopes: JSON.stringify([...new Set(scopes)]),
            created_by: actor.userId,
            created_at: now,
            last_used_at: null,
            revoked_at: null,
          })
          .returning(columns)
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'token.created',
          targetType: 'api_token',
          targetId: inserted.id,
          details: { name, scopes },
        });
        return inserted;
      });
      return { token: toToken(row), secret };
    },

    async revokeToken(workspaceId: number, tokenId: number, actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('api_tokens')
          .set({ revoked_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', tokenId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw AppError.notFound('Active API token');
        await recordAudit(trx, actor, now, { workspaceId, action: 'token.revoked', targetType: 'api_token', targetId: tokenId });
      });
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
