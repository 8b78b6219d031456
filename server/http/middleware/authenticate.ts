import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../../errors';
import { type AuthService, SESSION_COOKIE } from '../../features/auth';
import type { AppEnv } from '../../security/principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests that start a session carry no CSRF token yet; SameSite cookies cover them. */
const CSRF_EXEMPT = [/^\/api\/auth\/login$/, /^\/api\/setup$/, /^\/api\/invitations\/[^/]+\/accept$/, /^\/api\/auth\/logout$/];

/**
 * Resolves the caller from a bearer API token or the session cookie, and refuses
 * cookie-authenticated changes that lack the session's CSRF token.
 */
export function authenticate(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match?.[1] ? await auth.resolveApiToken(match[1]) : null;
      if (!principal) throw new AppError('unauthenticated', 'The API token is unknown or revoked');
      c.set('principal', principal);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const principal = cookie ? await auth.resolveSession(cookie) : null;
    c.set('principal', principal);
    if (principal?.kind === 'user' && !SAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT.some((re) => re.test(c.req.path))) {
      if (c.req.header('x-csrf-token') !== principal.csrfToken) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the page and try again');
      }
    }
    return next();
  };
}
