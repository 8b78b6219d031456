import { afterEach, beforeEach } from 'vitest';
import { type AppContext, createAppContext } from '../../server/app-context';
import { createManualClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import type { DialectName } from '../../server/db/dialect';
import type { HttpApp } from '../../server/http/app';
import { createLogger } from '../../server/logger';
import { createTestDatabase } from './database';

export const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Talks to the app in-process, keeping the session cookie and CSRF token like a browser would. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(private readonly app: HttpApp) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined && typeof body !== 'string') h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrfToken;
    const res = await this.app.request(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !/=\s*$/.test(pair) && !/Max-Age=0/i.test(setCookie) ? pair : null;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    const result = { status: res.status, body: parsed as T, headers: res.headers };
    const maybe = parsed as { csrfToken?: unknown } | null;
    if (res.ok && maybe && typeof maybe === 'object' && typeof maybe.csrfToken === 'string') this.csrfToken = maybe.csrfToken;
    return result;
  }

  /** Another client on the same session that sends `csrfToken` (null: no header) instead of the right one. */
  withCsrf(csrfToken: string | null): TestClient {
    const other = new TestClient(this.app);
    other.cookie = this.cookie;
    other.csrfToken = csrfToken;
    return other;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export interface TestApp {
  ctx: AppContext;
  app: HttpApp;
  clock: ReturnType<typeof createManualClock>;
  dialect: DialectName;
  client(): TestClient;
  destroy(): Promise<void>;
}

/** A whole Siaga (services and HTTP app) on a fresh database, with a clock the test controls. */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  // Analysis runs on the main thread in tests (the worker pool has its own test): a worker per test app would only add start-up time.
  const config = loadConfig({ SIAGA_DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', SIAGA_ANALYSIS_WORKERS: '0', ...env });
  const clock = createManualClock(T0);
  const ctx = createAppContext({ config, clock, database: database.handle, logger: createLogger('silent') });
  const app = ctx.createHttpApp();
  return {
    ctx,
    app,
    clock,
    dialect,
    client: () => new TestClient(app),
    async destroy() {
      await ctx.pipeline.drain();
      await database.destroy();
    },
  };
}

export const OWNER = { email: 'owner@example.com', password: 'rahasia-sekali-123', name: 'Sari Owner' } as const;

/** Runs first-time setup and returns the owner's signed-in client and the new workspace id. */
export async function setupWorkspace(t: TestApp, workspaceName = 'Toko Maju') {
  const token = await t.ctx.services.auth.issueSetupToken();
  if (!token) throw new Error('setup already done');
  const owner = t.client();
  const res = await owner.post('/api/setup', {
    token,
    workspaceName,
    name: OWNER.name,
    email: OWNER.email,
    password: OWNER.password,
    locale: 'id',
  });
  if (res.status !== 200) throw new Error(`setup failed: ${JSON.stringify(res.body)}`);
  const workspaceId = res.body.workspaces[0].id as number;
  return { owner, workspaceId };
}

export interface WorkspaceApp {
  t: TestApp;
  owner: TestClient;
  workspaceId: number;
  /** `/api/workspaces/:id`, the prefix of the workspace's routes. */
  ws: string;
}

/** Gives each test of the suite a fresh Siaga with a set-up workspace; read the fields inside the tests. */
export function useWorkspaceApp(dialect: DialectName): WorkspaceApp {
  const state = {} as WorkspaceApp;
  beforeEach(async () => {
    state.t = await createTestApp(dialect);
    const { owner, workspaceId } = await setupWorkspace(state.t);
    Object.assign(state, { owner, workspaceId, ws: `/api/workspaces/${workspaceId}` });
  });
  afterEach(async () => {
    await state.t.destroy();
  });
  return state;
}
