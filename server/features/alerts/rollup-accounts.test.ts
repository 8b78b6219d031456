import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions } from '../../../test/support/factories';

const MINUTE = 60_000;

function mention(id: string, handle: string, at: number, platform = 'twitter') {
  return { platform, externalId: id, text: `Rasamie hari ini lumayan ${id}`, createdAt: at, authorHandle: handle, language: 'id' };
}

describe.each(testDialects())('distinct accounts in the minute rollups (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function authorsAt(brandId: number, minute: number) {
    const res = await app.owner.get(`${app.ws}/signals?brandId=${brandId}&from=${minute}&to=${minute + MINUTE}&interval=1`);
    expect(res.status).toBe(200);
    return res.body.points.find((p: any) => p.t === minute)?.authors ?? 0;
  }

  it('counts an account once per minute across batches, and each account and platform of its own', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(app.t, app.workspaceId, [mention('1', 'budi', T0), mention('2', 'sari', T0 + 10_000)]);
    await ingestMentions(app.t, app.workspaceId, [
      mention('3', 'budi', T0 + 20_000),
      mention('4', 'budi', T0 + 30_000),
      mention('5', 'budi', T0 + 40_000, 'instagram'),
      mention('6', 'andi', T0 + 50_000),
    ]);
    // budi on twitter once, sari, budi on instagram, andi.
    expect(await authorsAt(brandId, T0)).toBe(4);
    // The next minute starts afresh.
    await ingestMentions(app.t, app.workspaceId, [mention('7', 'budi', T0 + MINUTE)]);
    expect(await authorsAt(brandId, T0 + MINUTE)).toBe(1);
    expect(await authorsAt(brandId, T0)).toBe(4);
  });

  it('counts the account for a brand it had not yet posted about in that minute', async () => {
    const rasamie = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    const jempol = await createBrand(app.owner, app.workspaceId, 'Jempol', 'jempol');
    await ingestMentions(app.t, app.workspaceId, [mention('1', 'budi', T0)]);
    await ingestMentions(app.t, app.workspaceId, [{ ...mention('2', 'budi', T0 + 5_000), text: 'Jempol dan Rasamie sama saja' }]);
    expect(await authorsAt(rasamie.brandId, T0)).toBe(1);
    expect(await authorsAt(jempol.brandId, T0)).toBe(1);
  });

  it('counts an account whose earlier post in that minute went into no rollup, since the rollup holds only the new post', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(app.t, app.workspaceId, [mention('1', 'budi', T0)]);
    // As a store kept from before the rollups were: the mention is there, its minute's rollup is not.
    await app.t.ctx.db.deleteFrom('signal_rollups').where('workspace_id', '=', app.workspaceId).execute();
    await ingestMentions(app.t, app.workspaceId, [mention('2', 'budi', T0 + 5_000)]);
    const res = await app.owner.get(`${app.ws}/signals?brandId=${brandId}&from=${T0}&to=${T0 + MINUTE}&interval=1`);
    const point = res.body.points.find((p: any) => p.t === T0);
    expect(point).toMatchObject({ mentions: 1, authors: 1 });
  });
});
