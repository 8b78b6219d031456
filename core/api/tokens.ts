import { z } from 'zod';
import { TOKEN_SCOPES } from '../policy';

export const TokenScopeSchema = z.enum(TOKEN_SCOPES);

export const ApiTokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(TokenScopeSchema),
  createdAt: z.number(),
  lastUsedAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const CreateApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(TokenScopeSchema).min(1),
});
/** The secret is shown once, at creation; only its hash is stored. */
export const CreatedApiTokenSchema = z.object({ token: ApiTokenSchema, secret: z.string() });
