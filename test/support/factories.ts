import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role, TokenScope } from '../../core/policy';
import type { BatchResult } from '../../server/pipeline';
import { T0, type TestApp, type TestClient } from './app';

let sequence = 0;

/**
 * A valid mention as the ingest API takes it; every call gets a new external id and an older
 * timestamp (one minute apart, counting back from T0), so lists have a known order.
 */
export function makeMention(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++;
  return {
    platform: 'twitter',
    externalId: `tw-${sequence}`,
    text: `Antrean di toko cabang ${sequence} panjang sekali hari ini`,
    createdAt: T0 - sequence * 60_000,
    authorHandle: `warga${sequence}`,
    authorName: `Warga ${sequence}`,
    language: 'id',
    ...overrides,
  };
}

/** Stores mentions through the real ingest pipeline, as an import would. */
export async function ingestMentions(t: TestApp, workspaceId: number, rows: Record<string, unknown>[]): Promise<BatchResult> {
  const result = await t.ctx.pipeline.ingestBatch(
    workspaceId,
    rows.map((data, i) => ({ line: i + 1, data })),
  );
  if (result.rejected.length > 0) throw new Error(`test mentions rejected: ${JSON.stringify(result.rejected)}`);
  return result;
}

export async function countRows(
  t: TestApp,
  table: 'mentions' | 'brands' | 'watch_queries' | 'users' | 'workspaces' | 'audit_log' | 'api_tokens' | 'mention_brands',
  workspaceId?: number,
): Promise<number> {
  let q = t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (workspaceId !== undefined && table !== 'users' && table !== 'workspaces') q = q.where('workspace_id', '=', workspaceId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function userIdOf(client: TestClient): Promise<number> {
  const me = await client.get('/api/auth/me');
  if (me.status !== 200) throw new Error(`not signed in: ${JSON.stringify(me.body)}`);
  return me.body.user.id as number;
}

/** Invites a new person with `role` and returns their client, signed in through the invitation link. */
export async function inviteMember(
  t: TestApp,
  inviter: TestClient,
  workspaceId: number,
  role: Role,
  email = `${role}@example.com`,
): Promise<TestClient> {
  const invited = await inviter.post(`/api/workspaces/${workspaceId}/members`, { email, role });
  if (invited.status !== 200 || !invited.body.inviteUrl) throw new Error(`invite failed: ${JSON.stringify(invited.body)}`);
  const secret = String(invited.body.inviteUrl).split('/invite/')[1];
  const member = t.client();
  const accepted = await member.post(`/api/invitations/${secret}/accept`, { name: `Anggota ${role}`, password: 'kata-sandi-anggota-1' });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  return member;
}

/** Creates an API token as `creator` (an owner or admin) and returns its id and secret. */
export async function createApiToken(creator: TestClient, workspaceId: number, scopes: TokenScope[], name = 'integrasi') {
  const res = await creator.post(`/api/workspaces/${workspaceId}/tokens`, { name, scopes });
  if (res.status !== 200) throw new Error(`token creation failed: ${JSON.stringify(res.body)}`);
  return { id: res.body.token.id as number, secret: res.body.secret as string };
}

/** A client that authenticates with an API token only (no cookie, so no CSRF). */
export function tokenClient(t: TestApp, secret: string): TestClient {
  const client = t.client();
  client.bearer = secret;
  return client;
}

export async function createBrand(
  client: TestClient,
  workspaceId: number,
  name: string,
  query?: string,
): Promise<{ brandId: number; queryId: number | null }> {
  const brand = await client.post(`/api/workspaces/${workspaceId}/brands`, { name });
  if (brand.status !== 200) throw new Error(`brand creation failed: ${JSON.stringify(brand.body)}`);
  if (query === undefined) return { brandId: brand.body.id, queryId: null };
  const created = await client.post(`/api/workspaces/${workspaceId}/brands/${brand.body.id}/queries`, { name: `${name} utama`, query });
  if (created.status !== 200) throw new Error(`query creation failed: ${JSON.stringify(created.body)}`);
  return { brandId: brand.body.id, queryId: created.body.id };
}

/** A temporary directory removed by the returned `remove()`. */
export function makeTempDir(prefix = 'siaga-files-'): {
  dir: string;
  file(name: string, content: string | Buffer): string;
  remove(): void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
