import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T0, type TestApp, type TestClient, createTestApp, setupWorkspace } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { countRows, createBrand, ingestMentions, inviteMember, makeMention, userIdOf } from '../../../test/support/factories';

describe.each(testDialects())('brands and watch queries (%s)', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: number;
  let ws: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    ({ owner, workspaceId } = await setupWorkspace(t));
    ws = `/api/workspaces/${workspaceId}`;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('creates, lists, updates and deletes brands and queries, auditing each change', async () => {
    const ownerId = await userIdOf(owner);
    const created = await owner.post(`${ws}/brands`, { name: 'Indomie', description: 'Merek utama' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: 'Indomie',
      kind: 'own',
      description: 'Merek utama',
      queryCount: 0,
      createdAt: T0,
      updatedAt: T0,
    });
    const brandId = created.body.id;
    await owner.post(`${ws}/brands`, { name: 'Mie Sedaap', kind: 'competitor' });

    t.clock.advance(1000);
    const query = await owner.post(`${ws}/brands/${brandId}/queries`, { name: 'Utama', query: 'indomie OR "mie instan"' });
    expect(query.status).toBe(200);
    expect(query.body).toMatchObject({ brandId, name: 'Utama', query: 'indomie OR "mie instan"', enabled: true, createdAt: T0 + 1000 });
    const queryId = query.body.id;

    const list = await owner.get(`${ws}/brands`);
    expect(list.body.map((b: any) => [b.name, b.kind, b.queryCount])).toEqual([
      ['Indomie', 'own', 1],
      ['Mie Sedaap', 'competitor', 0],
    ]);

    const renamed = await owner.patch(`${ws}/brands/${brandId}`, { name: 'Indomie Goreng' });
    expect(renamed.body).toMatchObject({ name: 'Indomie Goreng', description: 'Merek utama', updatedAt: T0 + 1000 });
    const disabled = await owner.patch(`${ws}/queries/${queryId}`, { enabled: false });
    expect(disabled.body).toMatchObject({ enabled: false, query: 'indomie OR "mie instan"' });
    expect((await owner.get(`${ws}/brands/${brandId}/queries`)).body).toEqual([expect.objectContaining({ id: queryId, enabled: false })]);

    expect((await owner.delete(`${ws}/queries/${queryId}`)).status).toBe(200);
    expect((await owner.get(`${ws}/brands/${brandId}/queries`)).body).toEqual([]);
    expect((await owner.delete(`${ws}/brands/${brandId}`)).status).toBe(200);
    expect((await owner.get(`${ws}/brands/${brandId}`)).status).toBe(404);

    const audit = await owner.get(`${ws}/audit?limit=200`);
    expect(audit.status).toBe(200);
    const entries = audit.body.items.filter((e: any) => e.action.startsWith('brand.') || e.action.startsWith('query.'));
    expect(entries.map((e: any) => [e.action, e.targetType, e.targetId])).toEqual([
      ['brand.deleted', 'brand', String(brandId)],
      ['query.deleted', 'watch_query', String(queryId)],
      ['query.updated', 'watch_query', String(queryId)],
      ['brand.updated', 'brand', String(brandId)],
      ['query.created', 'watch_query', String(queryId)],
      ['brand.created', 'brand', expect.any(String)],
      ['brand.created', 'brand', String(brandId)],
    ]);
    for (const e of entries) expect(e.actor).toEqual({ userId: ownerId, name: 'Sari Owner', tokenId: null });
    expect(entries.find((e: any) => e.action === 'brand.updated').details).toEqual({
      before: { name: 'Indomie', kind: 'own' },
      patch: { name: 'Indomie Goreng' },
    });
  });

  it('pages the audit log newest first and filters it by action', async () => {
    for (const name of ['A', 'B', 'C']) await owner.post(`${ws}/brands`, { name });
    const first = await owner.get(`${ws}/audit?limit=2`);
    expect(first.body.items.map((e: any) => e.details.name ?? e.action)).toEqual(['C', 'B']);
    const second = await owner.get(`${ws}/audit?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e: any) => e.action)).toEqual(['brand.created', 'workspace.created']);
    expect(second.body.nextCursor).toBeNull();
    const filtered = await owner.get(`${ws}/audit?action=workspace`);
    expect(filtered.body.items.map((e: any) => e.action)).toEqual(['workspace.created']);
  });

  it('keeps the audit log from viewers', async () => {
    const viewer = await inviteMember(t, owner, workspaceId, 'viewer');
    const res = await viewer.get(`${ws}/audit`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('changes only the fields a PATCH names', async () => {
    const brand = await owner.post(`${ws}/brands`, { name: 'Mie Sedaap', kind: 'competitor', description: 'Pesaing utama' });
    const renamed = await owner.patch(`${ws}/brands/${brand.body.id}`, { name: 'Sedaap' });
    expect(renamed.body).toMatchObject({ name: 'Sedaap', kind: 'competitor', description: 'Pesaing utama' });
    const query = await owner.post(`${ws}/brands/${brand.body.id}/queries`, { name: 'Utama', query: 'sedaap', enabled: false });
    const patched = await owner.patch(`${ws}/queries/${query.body.id}`, { name: 'Ganti nama' });
    expect(patched.body).toMatchObject({ name: 'Ganti nama', query: 'sedaap', enabled: false });
  });

  it('refuses a second brand with the same name, also by renaming, and writes nothing', async () => {
    await owner.post(`${ws}/brands`, { name: 'Indomie' });
    const other = await owner.post(`${ws}/brands`, { name: 'Sarimi' });
    const auditBefore = await countRows(t, 'audit_log', workspaceId);
    const duplicate = await owner.post(`${ws}/brands`, { name: 'Indomie', kind: 'competitor' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('conflict');
    const rename = await owner.patch(`${ws}/brands/${other.body.id}`, { name: 'Indomie' });
    expect(rename.status).toBe(409);
    expect(await countRows(t, 'brands')).toBe(2);
    expect(await countRows(t, 'audit_log', workspaceId)).toBe(auditBefore);
    expect((await owner.get(`${ws}/brands/${other.body.id}`)).body.name).toBe('Sarimi');
  });

  it('allows the same brand name in another workspace', async () => {
    await owner.post(`${ws}/brands`, { name: 'Indomie' });
    const other = await owner.post('/api/workspaces', { name: 'Agensi' });
    expect((await owner.post(`/api/workspaces/${other.body.id}/brands`, { name: 'Indomie' })).status).toBe(200);
  });

  it('refuses an invalid watch query with 400 and where it broke, storing nothing', async () => {
    const brand = await owner.post(`${ws}/brands`, { name: 'Indomie' });
    const res = await owner.post(`${ws}/brands/${brand.body.id}/queries`, { name: 'Rusak', query: 'indomie AND (' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.position).toBe(13);
    expect(res.body.error.details.issues).toEqual([{ path: 'query', message: expect.any(String) }]);
    expect(await countRows(t, 'watch_queries')).toBe(0);

    const valid = await owner.post(`${ws}/brands/${brand.body.id}/queries`, { name: 'Baik', query: 'indomie' });
    const patch = await owner.patch(`${ws}/queries/${valid.body.id}`, { query: '"mie instan' });
    expect(patch.status).toBe(400);
    expect(patch.body.error.details.position).toEqual(expect.any(Number));
    expect((await owner.get(`${ws}/brands/${brand.body.id}/queries`)).body[0].query).toBe('indomie');
  });

  it('refuses brand input that fails validation with the field named', async () => {
    const res = await owner.post(`${ws}/brands`, { name: '', kind: 'partner' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues.map((i: any) => i.path).sort()).toEqual(['kind', 'name']);
  });

  it('answers 404 for a brand or query of another workspace', async () => {
    const other = await owner.post('/api/workspaces', { name: 'Agensi' });
    const foreign = await owner.post(`/api/workspaces/${other.body.id}/brands`, { name: 'Milik Klien' });
    expect((await owner.get(`${ws}/brands/${foreign.body.id}`)).status).toBe(404);
    expect((await owner.delete(`${ws}/brands/${foreign.body.id}`)).status).toBe(404);
    expect((await owner.post(`${ws}/brands/${foreign.body.id}/queries`, { name: 'x', query: 'x' })).status).toBe(404);
    expect(await countRows(t, 'brands')).toBe(1);
    expect(await countRows(t, 'watch_queries')).toBe(0);
  });

  it('unlinks a deleted brand from its mentions but keeps the mentions', async () => {
    const { brandId } = await createBrand(owner, workspaceId, 'Indomie', 'indomie');
    await ingestMentions(t, workspaceId, [makeMention({ text: 'Indomie enak' }), makeMention({ text: 'Kopi pahit' })]);
    expect(await countRows(t, 'mention_brands', workspaceId)).toBe(1);
    expect((await owner.delete(`${ws}/brands/${brandId}`)).status).toBe(200);
    expect(await countRows(t, 'mention_brands', workspaceId)).toBe(0);
    expect(await countRows(t, 'watch_queries', workspaceId)).toBe(0);
    expect((await owner.get(`${ws}/mentions`)).body.items.map((m: any) => m.brandIds)).toEqual([[], []]);
  });

  it('previews a watch query over stored mentions', async () => {
    await ingestMentions(t, workspaceId, [
      makeMention({ externalId: 'p1', text: 'Indomienya enak banget', createdAt: T0 - 1000 }),
      makeMention({ externalId: 'p2', text: 'Mie instan favorit keluarga', createdAt: T0 - 2000 }),
      makeMention({ externalId: 'p3', text: 'Kopi pagi ini pahit', createdAt: T0 - 3000 }),
      makeMention({ externalId: 'p4', text: 'Iklan indomie lagi', createdAt: T0 - 4000 }),
    ]);
    const res = await owner.post(`${ws}/queries/preview`, { query: '(indomie OR "mie instan") -iklan' });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(true);
    expect(res.body.scanned).toBe(4);
    expect(res.body.matches.map((m: any) => m.externalId)).toEqual(['p1', 'p2']);

    const broken = await owner.post(`${ws}/queries/preview`, { query: 'indomie AND (' });
    expect(broken.body).toMatchObject({ valid: false, matches: [], error: { position: 13, code: 'unexpected_end' } });
  });
});
