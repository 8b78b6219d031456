import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, type TestApp, type TestClient, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, createApiToken, createBrand, inviteMember, makeMention, tokenClient } from '../../../test/support/factories';

describe.each(testDialects())('mention ingest over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: number;
  let batchPath: string;
  let api: TestClient;
  let tokenId: number;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ owner, workspaceId } = await setupWorkspace(t));
    batchPath = `/api/workspaces/${workspaceId}/mentions/batch`;
    const token = await createApiToken(owner, workspaceId, ['mentions:write']);
    api = tokenClient(t, token.secret);
    tokenId = token.id;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('stores a batch posted with a mentions:write token and sums it up', async () => {
    const res = await api.post(batchPath, { mentions: [makeMention(), makeMention(), makeMention({ platform: 'Instagram' })] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: 3, imported: 3, duplicates: 0, engagementUpdated: 0, rejected: [] });
    expect(await countRows(t, 'mentions', workspaceId)).toBe(3);
    const audit = (await owner.get(`/api/workspaces/${workspaceId}/audit?action=mentions.`)).body.items;
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'mentions.ingested',
        actor: { userId: null, name: null, tokenId },
        details: { via: 'api', received: 3, imported: 3, duplicates: 0, engagementUpdated: 0, rejected: 0 },
      }),
    ]);
    const tokens = (await owner.get(`/api/workspaces/${workspaceId}/tokens`)).body;
    expect(tokens[0].lastUsedAt).toBe(T0);
  });

  it('is idempotent: the same batch again adds nothing and counts duplicates', async () => {
    const batch = { mentions: [makeMention(), makeMention(), makeMention(), makeMention()] };
    expect((await api.post(batchPath, batch)).body.imported).toBe(4);
    const again = await api.post(batchPath, batch);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: 4, imported: 0, duplicates: 4, engagementUpdated: 0, rejected: [] });
    expect(await countRows(t, 'mentions', workspaceId)).toBe(4);
  });

  it('counts copies inside one batch as duplicates, by platform and external id', async () => {
    const one = makeMention({ externalId: 'sama' });
    const res = await api.post(batchPath, { mentions: [one, { ...one, text: 'versi lain' }, { ...one, platform: 'facebook' }] });
    expect(res.body).toEqual({ received: 3, imported: 2, duplicates: 1, engagementUpdated: 0, rejected: [] });
  });

  it('reports bad rows with their 1-based line and field, and stores the good ones', async () => {
    const rows = [
      makeMention({ externalId: 'ok-1' }),
      makeMention({ createdAt: 'kemarin sore' }),
      makeMention({ externalId: 'ok-3' }),
      makeMention({ text: undefined }),
      makeMention({ platform: 'Twitter X' }),
      makeMention({ url: 'bukan url' }),
      makeMention({ externalId: 'ok-7' }),
    ];
    const res = await api.post(batchPath, { mentions: rows });
    expect(res.status).toBe(200);
    expect(res.body.received).toBe(7);
    expect(res.body.imported).toBe(3);
    expect(res.body.rejected.map((r: any) => [r.line, r.field])).toEqual([
      [2, 'createdAt'],
      [4, 'text'],
      [5, 'platform'],
      [6, 'url'],
    ]);
    expect(res.body.rejected[0].reason).toMatch(/kemarin sore/);
    const stored = await t.ctx.db.selectFrom('mentions').select('external_id').orderBy('external_id').execute();
    expect(stored.map((r) => r.external_id)).toEqual(['ok-1', 'ok-3', 'ok-7']);
  });

  it('refuses a token without the mentions:write scope with 403 and stores nothing', async () => {
    const { secret } = await createApiToken(owner, workspaceId, ['mentions:read', 'brands:read']);
    const res = await tokenClient(t, secret).post(batchPath, { mentions: [makeMention()] });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await countRows(t, 'mentions')).toBe(0);
  });

  it('refuses a revoked token with 401', async () => {
    expect((await owner.delete(`/api/workspaces/${workspaceId}/tokens/${tokenId}`)).status).toBe(200);
    const res = await api.post(batchPath, { mentions: [makeMention()] });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    expect(await countRows(t, 'mentions')).toBe(0);
  });

  it('answers 404 when a token posts to another workspace', async () => {
    const other = await owner.post('/api/workspaces', { name: 'Klien Lain' });
    const res = await api.post(`/api/workspaces/${other.body.id}/mentions/batch`, { mentions: [makeMention()] });
    expect(res.status).toBe(404);
    expect(await countRows(t, 'mentions')).toBe(0);
  });

  it('lets analysts post batches but not viewers', async () => {
    const analyst = await inviteMember(t, owner, workspaceId, 'analyst');
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    expect((await analyst.post(batchPath, { mentions: [makeMention()] })).body.imported).toBe(1);
    expect((await viewer.post(batchPath, { mentions: [makeMention()] })).status).toBe(403);
    expect(await countRows(t, 'mentions')).toBe(1);
  });

  it('refuses an empty batch, a batch over 5000 and a body that is not JSON', async () => {
    const empty = await api.post(batchPath, { mentions: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('validation_failed');
    const huge = await api.post(batchPath, { mentions: Array.from({ length: 5001 }, () => ({ platform: 'x' })) });
    expect(huge.status).toBe(400);
    const broken = await api.request('POST', batchPath, '{"mentions": [', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toEqual(expect.stringMatching(/^(bad_request|validation_failed)$/));
    expect(await countRows(t, 'mentions')).toBe(0);
  });

  it('links mentions to the brands whose enabled watch queries match them', async () => {
    const { brandId: indomie, queryId } = await createBrand(owner, workspaceId, 'Indomie', 'indomie OR "mie instan"');
    const { brandId: sedaap } = await createBrand(owner, workspaceId, 'Sedaap', 'sedaap');
    const { brandId: off, queryId: offQuery } = await createBrand(owner, workspaceId, 'Dimatikan', 'indomie');
    await owner.patch(`/api/workspaces/${workspaceId}/queries/${offQuery}`, { enabled: false });
    await api.post(batchPath, {
      mentions: [
        makeMention({ externalId: 'a', text: 'Indomienya habis di warung', createdAt: T0 - 1000 }),
        makeMention({ externalId: 'b', text: 'Lebih suka Sedaap daripada mie instan lain', createdAt: T0 - 2000 }),
        makeMention({ externalId: 'c', text: 'Cuaca cerah hari ini', createdAt: T0 - 3000 }),
      ],
    });
    const list = (await owner.get(`/api/workspaces/${workspaceId}/mentions`)).body.items;
    const brandsOf = Object.fromEntries(list.map((m: any) => [m.externalId, [...m.brandIds].sort((x: number, y: number) => x - y)]));
    expect(brandsOf).toEqual({ a: [indomie], b: [indomie, sedaap].sort((x, y) => x - y), c: [] });
    expect(Object.values(brandsOf).flat()).not.toContain(off);
    const detail = (await owner.get(`/api/workspaces/${workspaceId}/mentions/${list[0].id}`)).body;
    expect(detail.matches).toEqual([{ brandId: indomie, brandName: 'Indomie', queryIds: [queryId] }]);
  });
});

describe.each(testDialects())('request body limit (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { SIAGA_BODY_LIMIT_BYTES: '2048' });
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('refuses a body over SIAGA_BODY_LIMIT_BYTES with 413 and stores nothing', async () => {
    const { owner, workspaceId } = await setupWorkspace(t);
    const { secret } = await createApiToken(owner, workspaceId, ['mentions:write']);
    const api = tokenClient(t, secret);
    const path = `/api/workspaces/${workspaceId}/mentions/batch`;
    const big = {
      mentions: Array.from({ length: 20 }, () =>
        makeMention({ text: 'Pelayanan lambat sekali, kecewa berat dengan toko ini. '.repeat(3) }),
      ),
    };
    expect(JSON.stringify(big).length).toBeGreaterThan(2048);
    const res = await api.post(path, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.requestId).toEqual(expect.any(String));
    expect(await countRows(t, 'mentions')).toBe(0);

    const small = await api.post(path, { mentions: [makeMention()] });
    expect(small.status).toBe(200);
    expect(await countRows(t, 'mentions')).toBe(1);
  });
});
