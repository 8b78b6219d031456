import { createRoute } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { UpdatePageInputSchema, UpdatePageSchema, UpdateSubscriberSchema } from '../../../core/api';
import { COMMON_ERRORS, WorkspaceParams, accessWorkspace, createRouter, idParams, jsonBody, jsonContent } from '../../routing/route-kit';
import type { AppEnv } from '../../security/principal';
import type { HtmlAnswer, UpdatePageService } from './update-pages.service';

const base = '/workspaces/{workspaceId}';
const tags = ['update pages'];

/** Settings and subscribers of the brands' public pages, for members. */
export function updatePageRoutes(pages: UpdatePageService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/update-pages`,
        tags,
        summary: "The brands' public update pages, with how many confirmed subscribers each has",
        request: { params: WorkspaceParams },
        responses: { 200: jsonContent(z.array(UpdatePageSchema), 'The pages'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId } = accessWorkspace(c, c.req.valid('param').workspaceId, 'statements.read');
        return c.json(await pages.list(workspaceId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: `${base}/brands/{brandId}/update-page`,
        tags,
        summary: "Create or change the brand's public update page (its address, title, language, on or off)",
        request: { params: idParams('brandId'), ...jsonBody(UpdatePageInputSchema) },
        responses: { 200: jsonContent(UpdatePageSchema, 'The page'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, brandId } = c.req.valid('param');
        const access = accessWorkspace(c, workspaceId, 'accounts.manage');
        return c.json(await pages.configure(workspaceId, brandId, c.req.valid('json'), access.actor), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${base}/update-pages/{pageId}/subscribers`,
        tags,
        summary: "The page's e-mail subscribers (personal data: subscribers.read)",
        request: { params: idParams('pageId') },
        responses: { 200: jsonContent(z.array(UpdateSubscriberSchema), 'The subscribers'), ...COMMON_ERRORS },
      }),
      async (c) => {
        const { workspaceId, pageId } = c.req.valid('param');
        accessWorkspace(c, workspaceId, 'subscribers.read');
        return c.json(await pages.subscribers(workspaceId, pageId), 200);
      },
    );
}

/** Nothing runs on the page but the browser's own form handling; styles are inline. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function html(c: Context<AppEnv>, answer: HtmlAnswer) {
  c.header('Content-Security-Policy', PAGE_CSP);
  c.header('Cache-Control', answer.status === 200 ? 'public, max-age=30' : 'no-store');
  return c.html(answer.html, answer.status);
}

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? form[name] : '');

/** The public side: the page, its Atom feed, subscribing, confirming and unsubscribing. No session. */
export function publicUpdatePageRoutes(pages: UpdatePageService) {
  const app = new Hono<AppEnv>();
  app.get('/updates/:slug', async (c) => html(c, await pages.page(c.req.param('slug'))));
  app.get('/updates/:slug/feed.atom', async (c) => {
    const feed = await pages.feed(c.req.param('slug'));
    if (feed.status === 404) return c.text('Not found', 404);
    c.header('Cache-Control', 'public, max-age=30');
    return c.body(feed.xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
  app.post('/updates/:slug/subscribe', async (c) => {
    const answer = await pages.subscribe(c.req.param('slug'), await c.req.parseBody(), c.get('ip') ?? null);
    c.header('Cache-Control', 'no-store');
    return html(c, answer);
  });
  app.get('/updates/:slug/confirm', async (c) => html(c, await pages.confirmForm(c.req.param('slug'), c.req.query('token') ?? '')));
  app.post('/updates/:slug/confirm', async (c) => {
    const form = await c.req.parseBody();
    return html(c, await pages.confirm(c.req.param('slug'), field(form, 'token')));
  });
  const subscriber = (c: Context<AppEnv>) => ({ id: Number(c.req.query('s') ?? 0), token: c.req.query('t') ?? '' });
  app.get('/updates/:slug/unsubscribe', async (c) => {
    const s = subscriber(c);
    return html(c, await pages.unsubscribeForm(c.req.param('slug'), s.id, s.token));
  });
  app.post('/updates/:slug/unsubscribe', async (c) => {
    const s = subscriber(c);
    return html(c, await pages.unsubscribe(c.req.param('slug'), s.id, s.token));
  });
  return app;
}
