import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { ErrorBodySchema, OkSchema } from '../../core/api';
import type { Permission } from '../../core/policy';
import { AppError, issuesFromZod } from '../errors';
import { type AppEnv, type WorkspaceAccess, authorizeWorkspace } from '../security/principal';

export type { AppEnv };

/** A router whose validation failures become our one error shape. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw AppError.validation(issuesFromZod(result.error));
    },
  });
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const errorResponse = (description: string) => jsonContent(ErrorBodySchema, description);

/** The errors any authenticated route may answer with. */
export const COMMON_ERRORS = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
} as const;

export const OK_RESPONSE = { 200: jsonContent(OkSchema, 'Done'), ...COMMON_ERRORS } as const;

export const WorkspaceParams = z.object({ workspaceId: z.coerce.number().int().positive() });

export function idParams<K extends string>(...keys: K[]) {
  return WorkspaceParams.extend(
    Object.fromEntries(keys.map((k) => [k, z.coerce.number().int().positive()])) as Record<K, z.ZodCoercedNumber<unknown>>,
  );
}

/** Checks that the caller may do `permission` in the workspace and says who they are for the audit log. */
export function accessWorkspace(c: Context<AppEnv>, workspaceId: number, permission: Permission): WorkspaceAccess {
  return authorizeWorkspace(c.get('principal'), c.get('ip'), workspaceId, permission);
}

export function requireRole(access: WorkspaceAccess) {
  if (!access.role) throw new AppError('forbidden', 'This action needs a signed-in member, not an API token');
  return access.role;
}
