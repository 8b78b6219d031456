import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { projectPath } from '../project-root';
import type { AppEnv } from '../security/principal';

export const WEB_DIST = projectPath('web', 'dist');
const SWAGGER_DIST = path.dirname(fileURLToPath(import.meta.resolve('swagger-ui-dist/package.json')));

const API_DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Siaga API</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

/** The API reference, served from the installed swagger-ui-dist so it works offline. */
export function apiDocsRoutes() {
  return new Hono<AppEnv>()
    .get('/api/docs', (c) => c.html(API_DOCS_PAGE))
    .get('/api/docs/init.js', (c) =>
      c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });", 200, {
        'Content-Type': 'text/javascript',
      }),
    )
    .use(
      '/api/docs/assets/*',
      serveStatic({ root: path.relative(process.cwd(), SWAGGER_DIST), rewriteRequestPath: (p) => p.replace(/^\/api\/docs\/assets/, '') }),
    );
}

/** The single-page app: built files, and index.html for every other non-API path. */
export function webRoutes() {
  const root = path.relative(process.cwd(), WEB_DIST) || '.';
  const indexFile = path.join(WEB_DIST, 'index.html');
  return new Hono<AppEnv>()
    .use('/assets/*', serveStatic({ root, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }))
    .use('*', serveStatic({ root }))
    .get('*', (c) => {
      if (!fs.existsSync(indexFile)) {
        return c.text('The web interface is not built yet: run `npm run build:web`.', 503);
      }
      c.header('Cache-Control', 'no-cache');
      return c.html(fs.readFileSync(indexFile, 'utf8'));
    });
}
