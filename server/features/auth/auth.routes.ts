import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  AcceptInvitationSchema,
  InvitationInfoSchema,
  LoginRequestSchema,
  OkSchema,
  SessionInfoSchema,
  SetupRequestSchema,
  SetupStatusSchema,
  UpdateMeSchema,
} from '../../../core/api';
import type { Config } from '../../config';
import { requireUser } from '../../security/principal';
import { type AppEnv, COMMON_ERRORS, createRouter, jsonBody, jsonContent } from '../../routing/route-kit';
import type { AuthService, NewSession } from './auth.service';

export const SESSION_COOKIE = 'siaga_session';

const session = { 200: jsonContent(SessionInfoSchema, 'The signed-in user, workspaces and CSRF token'), ...COMMON_ERRORS };
const TokenParams = z.object({ token: z.string().min(10).max(200) });

export function authRoutes(auth: AuthService, config: Config) {
  const startCookie = (c: Context<AppEnv>, started: NewSession) => {
    setCookie(c, SESSION_COOKIE, started.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: Math.floor(config.sessionTtlMs / 1000),
    });
    return c.json(started.info, 200);
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/setup/status',
        tags: ['auth'],
        responses: { 200: jsonContent(SetupStatusSchema, 'Whether the first user must still be created') },
      }),
      async (c) => c.json({ needsSetup: await auth.needsSetup() }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/setup',
        tags: ['auth'],
        summary: 'Create the first workspace and its owner with the one-time setup token',
        request: jsonBody(SetupRequestSchema),
        responses: { ...session, 409: jsonContent(z.unknown(), 'Already set up') },
      }),
      async (c) => startCookie(c, await auth.completeSetup(c.req.valid('json'), c.get('ip'))),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags: ['auth'],
        request: jsonBody(LoginRequestSchema),
        responses: { ...session, 429: jsonContent(z.unknown(), 'Too many attempts') },
      }),
      async (c) => {
        const { email, password } = c.req.valid('json');
        return startCookie(c, await auth.login(email, password, c.get('ip')));
      },
    )
    .openapi(
      createRoute({ method: 'post', path: '/auth/logout', tags: ['auth'], responses: { 200: jsonContent(OkSchema, 'Signed out') } }),
      async (c) => {
        const principal = c.get('principal');
        if (principal?.kind === 'user') await auth.logout(principal.sessionHash);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(createRoute({ method: 'get', path: '/auth/me', tags: ['auth'], responses: session }), async (c) => {
      const user = requireUser(c.get('principal'));
      return c.json(await auth.sessionInfo(user.userId, user.csrfToken), 200);
    })
    .openapi(
      createRoute({ method: 'patch', path: '/auth/me', tags: ['auth'], request: jsonBody(UpdateMeSchema), responses: session }),
      async (c) => {
        const user = requireUser(c.get('principal'));
        return c.json(await auth.updateMe(user.userId, c.req.valid('json'), user.csrfToken), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/invitations/{token}',
        tags: ['auth'],
        request: { params: TokenParams },
        responses: { 200: jsonContent(InvitationInfoSchema, 'The invitation'), ...COMMON_ERRORS },
      }),
      async (c) => c.json(await auth.invitationInfo(c.req.valid('param').token), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/invitations/{token}/accept',
        tags: ['auth'],
        request: { params: TokenParams, ...jsonBody(AcceptInvitationSchema) },
        responses: session,
      }),
      async (c) => startCookie(c, await auth.acceptInvitation(c.req.valid('param').token, c.req.valid('json'), c.get('ip'))),
    );
}
