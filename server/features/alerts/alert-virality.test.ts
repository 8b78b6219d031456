import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions } from '../../../test/support/factories';
import { alertSummary, alertTitle } from './alert-text';

const MINUTE = 60_000;

/** A post about the brand by an account with many followers. */
function post(id: string, text: string, at: number) {
  return {
    platform: 'twitter',
    externalId: id,
    text,
    createdAt: at,
    url: `https://x.com/pelanggan/status/${id}`,
    authorHandle: `penulis-${id}`,
    authorFollowers: 50_000,
    language: 'id',
  };
}

/** Replies to a post, every `gapMs`, from accounts with `followers` each; they need not name the brand. */
function replies(parentId: string, start: number, count: number, gapMs: number, followers: number) {
  return Array.from({ length: count }, (_, i) => ({
    platform: 'twitter',
    externalId: `${parentId}-reply-${i}`,
    text: `ikut kesal juga, sudah ${i + 1} kali begini`,
    createdAt: start + i * gapMs,
    authorHandle: `pembalas-${parentId}-${i}`,
    authorFollowers: followers,
    language: 'id',
    parentId,
  }));
}

describe.each(testDialects())('virality alerts from ingested replies (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function viralAlerts() {
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    return items.filter((a) => a.reason.signal === 'virality');
  }

  it('warns once about a negative post whose replies come fast from accounts with many followers, and follows it as more arrive', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(app.t, app.workspaceId, [post('9001', 'Rasamie basi, anak saya keracunan setelah makan ini!! kecewa berat', T0)]);
    const wave = replies('9001', T0 + MINUTE, 40, 15_000, 20_000);
    await ingestMentions(app.t, app.workspaceId, wave.slice(0, 5));
    // Five replies: too few to read a trend from (a tenth of the threshold of 100 is needed).
    expect(await viralAlerts()).toHaveLength(0);

    for (let i = 5; i < 20; i += 5) await ingestMentions(app.t, app.workspaceId, wave.slice(i, i + 5));
    const [first, ...none] = await viralAlerts();
    expect(none).toEqual([]);
    expect(first.brandId).toBe(brandId);
    expect(first.reason.observed).toBe(20);
    expect(first.reason.post).toMatchObject({ platform: 'twitter', externalId: '9001', url: 'https://x.com/pelanggan/status/9001' });

    for (let i = 20; i < 40; i += 10) await ingestMentions(app.t, app.workspaceId, wave.slice(i, i + 10));
    const [alert, ...more] = await viralAlerts();
    expect(more).toEqual([]);
    expect(alert.id).toBe(first.id);
    expect(alert.reason.observed).toBe(40);
    expect(alert.reason.minPerHour).toBe(100);
    expect(alert.reason.forecast).toMatchObject({ observed: 40, threshold: 100, supercritical: true, probability: 1 });
    expect(alert.reason.forecast.branchingFactor).toBeGreaterThanOrEqual(1);
    // A cascade with no end in sight is critical.
    expect(alert.severity).toBe('critical');

    expect(alertTitle(alert, 'id')).toBe('KRITIS · Rasamie: Unggahan negatif berpotensi viral');
    expect(alertTitle(alert, 'en')).toBe('CRITICAL · Rasamie: Negative post on course to go viral');
    expect(alertSummary(alert, 'id')).toMatch(
      /https:\/\/x\.com\/pelanggan\/status\/9001 .* sudah mendapat 40 balasan .* setidaknya 40\. Peluang mencapai 100: 100%\./,
    );
    expect(alertSummary(alert, 'en')).toMatch(/has drawn 40 replies and reshares\. .* Chance to reach 100: 100%\./);

    // The alert's mentions are the post and its replies, though the replies do not name the brand.
    const { from, to, platform, post: postId } = alert.mentions;
    expect(alert.mentions.brandId).toBeUndefined();
    const behind = (await app.owner.get(`${app.ws}/mentions?platform=${platform}&post=${postId}&from=${from}&to=${to}&limit=200`)).body
      .items as any[];
    expect(behind).toHaveLength(41);
    expect(behind.map((m) => m.externalId)).toContain('9001');
    // Without the post filter the list is unchanged.
    expect((await app.owner.get(`${app.ws}/mentions?limit=200`)).body.items).toHaveLength(41);
  });

  it('stays quiet for a positive post with the same replies, and for a negative one whose replies trickle in', async () => {
    await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(app.t, app.workspaceId, [post('9002', 'Rasamie enak banget, suka sekali, terima kasih Rasamie!', T0)]);
    const wave = replies('9002', T0 + MINUTE, 40, 15_000, 20_000);
    for (let i = 0; i < 40; i += 10) await ingestMentions(app.t, app.workspaceId, wave.slice(i, i + 10));

    await ingestMentions(app.t, app.workspaceId, [post('9003', 'Parah Rasamie, produknya berjamur dan CS tidak membalas', T0)]);
    const trickle = replies('9003', T0 + 30 * MINUTE, 40, 30 * MINUTE, 300);
    for (let i = 0; i < 40; i += 10) await ingestMentions(app.t, app.workspaceId, trickle.slice(i, i + 10));

    const sentiments = (await app.owner.get(`${app.ws}/mentions?q=Rasamie&limit=10`)).body.items as any[];
    expect(sentiments.find((m) => m.externalId === '9002')?.analysis.sentiment).not.toBe('negative');
    expect(sentiments.find((m) => m.externalId === '9003')?.analysis.sentiment).toBe('negative');
    expect(await viralAlerts()).toEqual([]);
  });
});
