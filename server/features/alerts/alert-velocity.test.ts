import { describe, expect, it } from 'vitest';
import { T0, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createBrand, ingestMentions } from '../../../test/support/factories';
import { calmMentions } from '../../../test/support/signals';
import { alertSummary, alertTitle } from './alert-text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A post about the brand as a connector delivers it on each poll, with the counters of the moment. */
function post(id: string, text: string, at: number, counters: { likes: number; comments: number; shares: number }) {
  return {
    platform: 'instagram',
    externalId: id,
    text,
    createdAt: at,
    url: `https://instagram.com/p/${id}`,
    authorHandle: `penulis-${id}`,
    authorFollowers: 2_000,
    language: 'id',
    ...counters,
  };
}

const ANGRY = 'Rasamie basi, anak saya keracunan setelah makan ini!! kecewa berat';
const HAPPY = 'Rasamie enak banget, suka sekali, terima kasih Rasamie!';

describe.each(testDialects())('engagement-velocity alerts (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);

  async function velocityAlerts() {
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    return items.filter((a) => a.reason.signal === 'engagement_velocity');
  }

  /** The brand's usual posts over the last ten hours: a few likes each, so the baseline is warm and low. */
  async function usualPosts() {
    const rows = calmMentions({ brand: 'Rasamie', start: T0 - 10 * HOUR, hours: 10, peakPerHour: 12 }).map((row, i) => ({
      ...row,
      likes: i % 4,
      comments: i % 2,
    }));
    expect(rows.length).toBeGreaterThan(40);
    await ingestMentions(app.t, app.workspaceId, rows);
  }

  it('raises one alert for a negative post whose likes, comments and shares rise past the floor, and follows it', async () => {
    const { brandId } = await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await usualPosts();
    // First seen 20 minutes after it was posted with a handful of likes: nothing unusual yet.
    await ingestMentions(app.t, app.workspaceId, [post('A1', ANGRY, T0 - 20 * MINUTE, { likes: 4, comments: 1, shares: 0 })]);
    expect(await velocityAlerts()).toEqual([]);

    app.t.clock.advance(20 * MINUTE);
    const risen = await ingestMentions(app.t, app.workspaceId, [
      post('A1', ANGRY, T0 - 20 * MINUTE, { likes: 200, comments: 40, shares: 60 }),
    ]);
    expect(risen.engagementUpdated).toBe(1);
    const [alert, ...none] = await velocityAlerts();
    expect(none).toEqual([]);
    expect(alert.brandId).toBe(brandId);
    // Over the floor and hundreds of times the brand's usual post.
    expect(alert.severity).toBe('critical');
    expect(alert.reason.post).toMatchObject({ platform: 'instagram', externalId: 'A1', url: 'https://instagram.com/p/A1' });
    // 295 more in the 20 minutes since the first sighting.
    expect(alert.reason.velocity).toMatchObject({
      perHour: 885,
      peakPerHour: 885,
      gained: 295,
      engagement: 300,
      basis: 'snapshots',
      snapshots: 2,
      floorPerHour: 500,
      overFloor: true,
      unusual: true,
    });
    expect(alert.reason.velocity.multiple).toBeGreaterThan(100);
    expect(alert.mentions).toMatchObject({ platform: 'instagram', post: 'A1' });

    expect(alertTitle(alert, 'id')).toBe('KRITIS · Rasamie: Interaksi unggahan negatif melaju cepat');
    expect(alertTitle(alert, 'en')).toBe('CRITICAL · Rasamie: Negative post gaining engagement fast');
    expect(alertSummary(alert, 'id')).toMatch(
      /^Unggahan negatif https:\/\/instagram\.com\/p\/A1 .* mendapat 885 suka, komentar, dan bagikan per jam \(295 dalam 20 menit\); totalnya 300\. Itu .*× unggahan biasa .* Melewati batas aturan 500 per jam\./,
    );
    expect(alertSummary(alert, 'en')).toMatch(
      /is gaining 885 likes, comments and shares an hour \(295 in 20 minutes\); 300 in all\. That is .* Over the rule's floor of 500 an hour\./,
    );

    // Still rising fast, then slowing: the same alert, with the newest velocity and the peak.
    app.t.clock.advance(20 * MINUTE);
    await ingestMentions(app.t, app.workspaceId, [post('A1', ANGRY, T0 - 20 * MINUTE, { likes: 900, comments: 150, shares: 250 })]);
    app.t.clock.advance(30 * MINUTE);
    await ingestMentions(app.t, app.workspaceId, [post('A1', ANGRY, T0 - 20 * MINUTE, { likes: 910, comments: 150, shares: 250 })]);
    const [followed, ...still] = await velocityAlerts();
    expect(still).toEqual([]);
    expect(followed.id).toBe(alert.id);
    expect(followed.reason.velocity).toMatchObject({ perHour: 20, peakPerHour: 3000, snapshots: 4 });
    expect(followed.severity).toBe('critical');
  });

  it('flags a negative post far faster than the brand’s usual ones though under the floor, and never a positive one', async () => {
    await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await usualPosts();
    await ingestMentions(app.t, app.workspaceId, [
      post('H1', HAPPY, T0 - 20 * MINUTE, { likes: 2, comments: 0, shares: 0 }),
      post('A2', ANGRY, T0 - 20 * MINUTE, { likes: 2, comments: 0, shares: 0 }),
    ]);
    app.t.clock.advance(20 * MINUTE);
    const counters = { likes: 60, comments: 20, shares: 10 };
    await ingestMentions(app.t, app.workspaceId, [
      post('H1', HAPPY, T0 - 20 * MINUTE, counters),
      post('A2', ANGRY, T0 - 20 * MINUTE, counters),
    ]);
    const [alert, ...none] = await velocityAlerts();
    expect(none).toEqual([]);
    expect(alert.reason.post.externalId).toBe('A2');
    expect(alert.severity).toBe('warning');
    expect(alert.reason.velocity).toMatchObject({ perHour: 264, overFloor: false, unusual: true });
    expect(alert.reason.velocity.shareBelow).toBeGreaterThan(0.99);
    expect(alertSummary(alert, 'en')).toMatch(/faster than 100% of its posts\. The rule's floor is 500 an hour\./);
  });

  it('judges a new post at its first sighting, against the brand’s baseline learnt so far', async () => {
    await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await usualPosts();
    await ingestMentions(app.t, app.workspaceId, [post('A3', ANGRY, T0 - 30 * MINUTE, { likes: 400, comments: 100, shares: 50 })]);
    const [alert] = await velocityAlerts();
    expect(alert.reason.velocity).toMatchObject({ perHour: 1100, basis: 'age', snapshots: 1, overFloor: true });
  });

  it('raises nothing for an old negative post imported with large counters, nor when it is polled again: its counters are history', async () => {
    await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await usualPosts();
    await ingestMentions(app.t, app.workspaceId, [post('OLD', ANGRY, T0 - 72 * HOUR, { likes: 50_000, comments: 4_000, shares: 9_000 })]);
    // Polled again half an hour later, a little higher: slow now, and long past its early growth.
    app.t.clock.advance(30 * MINUTE);
    const again = await ingestMentions(app.t, app.workspaceId, [
      post('OLD', ANGRY, T0 - 72 * HOUR, { likes: 50_010, comments: 4_001, shares: 9_002 }),
    ]);
    expect(again.engagementUpdated).toBe(1);
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    expect(items.filter((a) => a.reason.post?.externalId === 'OLD')).toEqual([]);
  });

  it('reads a negative post’s comment and share counters as the early points of its virality forecast', async () => {
    await createBrand(app.owner, app.workspaceId, 'Rasamie', 'rasamie');
    await ingestMentions(app.t, app.workspaceId, [post('V1', ANGRY, T0 - 5 * MINUTE, { likes: 3, comments: 1, shares: 1 })]);
    app.t.clock.advance(10 * MINUTE);
    await ingestMentions(app.t, app.workspaceId, [post('V1', ANGRY, T0 - 5 * MINUTE, { likes: 90, comments: 30, shares: 25 })]);
    const items = (await app.owner.get(`${app.ws}/alerts?limit=200`)).body.items as any[];
    const viral = items.filter((a) => a.reason.signal === 'virality');
    expect(viral).toHaveLength(1);
    // No reply reached ingest: the 55 comments and shares are the platform's counts.
    expect(viral[0].reason.forecast.observed).toBe(55);
    expect(viral[0].reason.post.externalId).toBe('V1');
  });
});
