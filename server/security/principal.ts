import { type Permission, type Role, type TokenScope, can, canWithScopes } from '../../core/policy';
import { AppError } from '../errors';
import type { Actor } from './actor';

export type Principal =
  | { kind: 'user'; userId: number; sessionHash: string; csrfToken: string; memberships: ReadonlyMap<number, Role> }
  | { kind: 'token'; tokenId: number; workspaceId: number; scopes: readonly TokenScope[] };

/** The variables every request carries through Hono's context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    principal: Principal | null;
    ip: string | null;
  };
}

export interface WorkspaceAccess {
  workspaceId: number;
  role: Role | null;
  actor: Actor;
}

export function actorOf(principal: Principal | null, ip: string | null): Actor {
  if (!principal) return { userId: null, tokenId: null, ip };
  return principal.kind === 'user' ? { userId: principal.userId, tokenId: null, ip } : { userId: null, tokenId: principal.tokenId, ip };
}

export function requireUser(principal: Principal | null): Extract<Principal, { kind: 'user' }> {
  if (!principal) throw new AppError('unauthenticated', 'Sign in first');
  if (principal.kind !== 'user') throw new AppError('forbidden', 'This action needs a signed-in user, not an API token');
  return principal;
}

/**
 * Decides whether the principal may act on a workspace. Someone who is not a member gets
 * `not_found`, so workspace ids cannot be probed.
 */
export function authorizeWorkspace(
  principal: Principal | null,
  ip: string | null,
  workspaceId: number,
  permission: Permission,
): WorkspaceAccess {
  if (!principal) throw new AppError('unauthenticated', 'Sign in first');
  const actor = actorOf(principal, ip);
  if (principal.kind === 'token') {
    if (principal.workspaceId !== workspaceId) throw AppError.notFound('Workspace');
    if (!canWithScopes(principal.scopes, permission)) {
      throw new AppError('forbidden', `This API token lacks a scope for ${permission}`);
    }
    return { workspaceId, role: null, actor };
  }
  const role = principal.memberships.get(workspaceId);
  if (!role) throw AppError.notFound('Workspace');
  if (!can(role, permission)) throw new AppError('forbidden', `Your role (${role}) may not do this (${permission})`);
  return { workspaceId, role, actor };
}
