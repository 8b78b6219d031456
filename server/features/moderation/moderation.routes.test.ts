import { describe, expect, it } from 'vitest';
import { T0 } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember } from '../../../test/support/factories';
import { CAMPAIGN_TEXT, CRITICAL_TEXT, RUDE_TEXT, SPAM_TEXT, createModeratedBrand, postComments } from '../../../test/support/moderation';
import { grantPublishing } from '../../../test/support/outbox';
import { useWorkspaceApp } from '../../../test/support/app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDialects())('moderation (%s)', (dialect) => {
  const app = useWorkspaceApp(dialect);
  const sandbox = async (accountId: number) => (await app.owner.get(`${app.ws}/accounts/${accountId}/sandbox-posts`)).body as any[];
  const audit = async (prefix: string) =>
    ((await app.owner.get(`${app.ws}/audit?action=${prefix}`)).body.items as any[]).map((e) => e.action);
  const actionCount = async () =>
    Number(
      (
        await app.t.ctx.db
          .selectFrom('moderation_actions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers one rude comment (hiding is the alternative), never blocks for it, and hides it on request', async () => {
    await createModeratedBrand(app.owner, app.workspaceId);
    const [rude] = await postComments(app.t, app.workspaceId, [{ text: RUDE_TEXT, author: 'pelanggan_kesal', at: T0 - HOUR }]);

    const view = await app.owner.get(`${app.ws}/moderation/mentions/${rude}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      kind: 'rude',
      proposal: { action: 'answer', alternatives: ['hide'], reason: 'rude_first_answer' },
      offences: [],
      account: { platform: 'sandbox', handle: 'rasamie_id' },
      accountProblem: null,
      mayPublish: true,
      block: { allowed: false, refusal: 'single_rude_comment' },
    });

    // Even the owner, with a reason, cannot block over one rude comment.
    const block = await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: rude, action: 'block', reason: 'menyebalkan' });
    expect(block.status).toBe(400);
    expect(block.body.error.details.issues[0]).toMatchObject({ path: 'action' });
    expect(block.body.error.message).toMatch(/one rude comment/);
    expect(await actionCount()).toBe(0);

    const hide = await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: rude, action: 'hide' });
    expect(hide.status).toBe(200);
    expect(hide.body).toMatchObject({ action: 'hide', state: 'queued', followedProposal: true, reason: null, mentionId: rude });
    expect(hide.body.outboxItemId).toEqual(expect.any(Number));
    const again = await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: rude, action: 'hide' });
    expect(again.status).toBe(409);
  });

  it('wants a reason to hide criticism, which the policy answers', async () => {
    await createModeratedBrand(app.owner, app.workspaceId);
    const [critical] = await postComments(app.t, app.workspaceId, [{ text: CRITICAL_TEXT, author: 'ibu_rina', at: T0 - HOUR }]);
    expect((await app.owner.get(`${app.ws}/moderation/mentions/${critical}`)).body).toMatchObject({
      kind: 'critical',
      proposal: { action: 'answer', reason: 'criticism_is_answered' },
      block: { allowed: false, refusal: 'criticism_is_answered' },
    });
    const refused = await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: critical, action: 'hide' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues).toEqual([expect.objectContaining({ path: 'reason' })]);
    const hidden = await app.owner.post(`${app.ws}/moderation/actions`, {
      mentionId: critical,
      action: 'hide',
      reason: 'memuat nomor telepon pelanggan',
    });
    expect(hidden.body).toMatchObject({ followedProposal: false, reason: 'memuat nomor telepon pelanggan' });
  });

  it('proposes a block at the third spam in a week, sends it to the sandbox, and unblocking reverses it', async () => {
    const { accountId } = await createModeratedBrand(app.owner, app.workspaceId);
    const [first, , third] = await postComments(app.t, app.workspaceId, [
      { text: SPAM_TEXT, author: 'promo_bot', at: T0 - 5 * DAY },
      { text: `${SPAM_TEXT} hari ini`, author: 'promo_bot', at: T0 - 2 * DAY },
      { text: `${SPAM_TEXT} juga`, author: 'promo_bot', at: T0 - HOUR },
    ]);
    expect((await app.owner.get(`${app.ws}/moderation/mentions/${first}`)).body.proposal).toMatchObject({
      action: 'hide',
      reason: 'spam_hidden',
      offencesInWindow: 1,
    });
    const view = (await app.owner.get(`${app.ws}/moderation/mentions/${third}`)).body;
    expect(view).toMatchObject({
      kind: 'spam',
      proposal: { action: 'propose_block', reason: 'repeat_offender', offencesInWindow: 3 },
      block: { allowed: true, basis: 'proposal' },
    });
    expect(view.offences).toHaveLength(2);
    expect((await app.owner.get(`${app.ws}/moderation/block-proposals`)).body).toEqual([
      expect.objectContaining({ authorHandle: 'promo_bot', offences: 3, lastMentionId: third, kinds: ['spam'] }),
    ]);

    const block = await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: third, action: 'block' });
    expect(block.status).toBe(200);
    expect(block.body).toMatchObject({ action: 'block', state: 'queued', authorHandle: 'promo_bot', followedProposal: true });
    expect((await app.owner.get(`${app.ws}/outbox/${block.body.outboxItemId}`)).body).toMatchObject({
      kind: 'moderation',
      action: 'block',
      authorHandle: 'promo_bot',
    });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect((await sandbox(accountId)).map((p) => [p.action, p.authorHandle])).toEqual([['block', 'promo_bot']]);
    const done = (await app.owner.get(`${app.ws}/moderation/actions?mentionId=${third}`)).body;
    expect(done).toEqual([expect.objectContaining({ id: block.body.id, state: 'done' })]);
    expect((await app.owner.get(`${app.ws}/moderation/block-proposals`)).body).toEqual([]);

    const unblock = await app.owner.post(`${app.ws}/moderation/actions/${block.body.id}/undo`, {});
    expect(unblock.status).toBe(200);
    expect(unblock.body).toMatchObject({ action: 'unblock', reversesId: block.body.id, authorHandle: 'promo_bot' });
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 1 });
    expect((await sandbox(accountId)).map((p) => p.action)).toEqual(['unblock', 'block']);
    const after = (await app.owner.get(`${app.ws}/moderation/actions?mentionId=${third}`)).body as any[];
    expect(after.map((a) => [a.action, a.state, a.reversedById])).toEqual([
      ['unblock', 'done', null],
      ['block', 'reverted', unblock.body.id],
    ]);
    expect((await app.owner.post(`${app.ws}/moderation/actions/${block.body.id}/undo`, {})).status).toBe(409);
    expect(await audit('moderation.')).toEqual(['moderation.unblock', 'moderation.block']);
  });

  it('hides a coordinated cluster in bulk, one outbox item per comment and one audit entry, and undoes it in bulk', async () => {
    const { brandId, accountId } = await createModeratedBrand(app.owner, app.workspaceId);
    const ids = await postComments(
      app.t,
      app.workspaceId,
      ['akun_a', 'akun_b', 'akun_c'].map((author, i) => ({ text: CAMPAIGN_TEXT, author, at: T0 - (10 + i) * 60_000 })),
    );
    const clusters = (await app.owner.get(`${app.ws}/moderation/clusters`)).body as any[];
    expect(clusters).toEqual([
      expect.objectContaining({
        brandId,
        comments: 3,
        visible: 3,
        authors: 3,
        qualifies: true,
        refusal: null,
        sampleTexts: [CAMPAIGN_TEXT],
      }),
    ]);
    const { clusterKey, from, to } = clusters[0];

    const hidden = await app.owner.post(`${app.ws}/moderation/clusters/hide`, { brandId, clusterKey, from, to });
    expect(hidden.status).toBe(200);
    expect(hidden.body.actions).toHaveLength(3);
    expect(new Set(hidden.body.actions.map((a: any) => a.mentionId))).toEqual(new Set(ids));
    expect(new Set(hidden.body.actions.map((a: any) => a.outboxItemId)).size).toBe(3);
    expect(await audit('moderation.')).toEqual(['moderation.cluster_hidden']);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 3 });
    expect((await sandbox(accountId)).filter((p) => p.action === 'hide')).toHaveLength(3);
    expect((await app.owner.get(`${app.ws}/moderation/clusters`)).body[0]).toMatchObject({ visible: 0 });

    const undone = await app.owner.post(`${app.ws}/moderation/bulk/${encodeURIComponent(hidden.body.bulkKey)}/undo`, {});
    expect(undone.status).toBe(200);
    expect(undone.body.actions.map((a: any) => a.action)).toEqual(['unhide', 'unhide', 'unhide']);
    expect(await audit('moderation.')).toEqual(['moderation.cluster_unhidden', 'moderation.cluster_hidden']);
    expect(await app.t.ctx.sendOutbox()).toMatchObject({ sent: 3 });
    const actions = (await app.owner.get(`${app.ws}/moderation/actions`)).body as any[];
    expect(actions.filter((a) => a.action === 'hide').map((a) => a.state)).toEqual(['reverted', 'reverted', 'reverted']);
    expect((await app.owner.get(`${app.ws}/moderation/clusters`)).body[0]).toMatchObject({ visible: 3 });
  });

  it('refuses to hide a cluster with fewer accounts than the policy asks, and changes nothing', async () => {
    const { brandId } = await createModeratedBrand(app.owner, app.workspaceId);
    await postComments(app.t, app.workspaceId, [
      { text: CAMPAIGN_TEXT, author: 'akun_a', at: T0 - 10 * 60_000 },
      { text: CAMPAIGN_TEXT, author: 'akun_b', at: T0 - 11 * 60_000 },
    ]);
    const [cluster] = (await app.owner.get(`${app.ws}/moderation/clusters`)).body as any[];
    expect(cluster).toMatchObject({ authors: 2, qualifies: false, refusal: 'too_few_accounts' });
    const refused = await app.owner.post(`${app.ws}/moderation/clusters/hide`, {
      brandId,
      clusterKey: cluster.clusterKey,
      from: cluster.from,
      to: cluster.to,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0]).toMatchObject({ path: 'clusterKey' });
    expect(refused.body.error.message).toMatch(/at least 3/);
    expect(await actionCount()).toBe(0);
  });

  it('lets a responder hide but not block, an analyst only read, and nobody act without the publishing right', async () => {
    const { accountId } = await createModeratedBrand(app.owner, app.workspaceId);
    const [spam, spam2, spam3] = await postComments(app.t, app.workspaceId, [
      { text: SPAM_TEXT, author: 'promo_bot', at: T0 - 3 * HOUR },
      { text: `${SPAM_TEXT} hari ini`, author: 'promo_bot', at: T0 - 2 * HOUR },
      { text: `${SPAM_TEXT} juga`, author: 'promo_bot', at: T0 - HOUR },
    ]);
    const responder = await inviteMember(app.t, app.owner, app.workspaceId, 'responder');
    const analyst = await inviteMember(app.t, app.owner, app.workspaceId, 'analyst');

    // Without the publishing right on the account, the responder's hide is refused and leaves nothing behind.
    expect((await responder.get(`${app.ws}/moderation/mentions/${spam}`)).body.mayPublish).toBe(false);
    const noRight = await responder.post(`${app.ws}/moderation/actions`, { mentionId: spam, action: 'hide' });
    expect(noRight.status).toBe(403);
    expect(noRight.body.error.message).toMatch(/publishing right/);
    expect(await actionCount()).toBe(0);

    await grantPublishing(app.owner, app.workspaceId, accountId, responder);
    expect((await responder.post(`${app.ws}/moderation/actions`, { mentionId: spam, action: 'hide' })).status).toBe(200);
    expect((await responder.post(`${app.ws}/moderation/actions`, { mentionId: spam3, action: 'block' })).status).toBe(403);
    expect((await responder.post(`${app.ws}/moderation/actions`, { mentionId: spam2, action: 'delete' })).status).toBe(403);
    const bad = await responder.put(`${app.ws}/moderation/settings`, {
      blockAfter: 2,
      windowMs: DAY,
      countRude: false,
      minClusterAccounts: 3,
    });
    expect(bad.status).toBe(403);

    expect((await analyst.get(`${app.ws}/moderation/mentions/${spam}`)).status).toBe(200);
    expect((await analyst.get(`${app.ws}/moderation/actions`)).body).toHaveLength(1);
    expect((await analyst.post(`${app.ws}/moderation/actions`, { mentionId: spam2, action: 'hide' })).status).toBe(403);
    const [hide] = (await analyst.get(`${app.ws}/moderation/actions`)).body;
    expect((await analyst.post(`${app.ws}/moderation/actions/${hide.id}/undo`, {})).status).toBe(403);
    expect((await responder.post(`${app.ws}/moderation/actions/${hide.id}/undo`, {})).status).toBe(200);
    expect(await audit('moderation.')).toEqual(['moderation.unhide', 'moderation.hide']);
  });

  it('keeps the policy per workspace, validated: a block is never proposed for one comment', async () => {
    expect((await app.owner.get(`${app.ws}/moderation/settings`)).body).toEqual({
      blockAfter: 3,
      windowMs: 7 * DAY,
      countRude: false,
      minClusterAccounts: 3,
      updatedAt: null,
    });
    const bad = await app.owner.put(`${app.ws}/moderation/settings`, {
      blockAfter: 1,
      windowMs: DAY,
      countRude: true,
      minClusterAccounts: 3,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues).toEqual([expect.objectContaining({ path: 'blockAfter' })]);
    const set = await app.owner.put(`${app.ws}/moderation/settings`, {
      blockAfter: 2,
      windowMs: DAY,
      countRude: true,
      minClusterAccounts: 4,
    });
    expect(set.body).toEqual({ blockAfter: 2, windowMs: DAY, countRude: true, minClusterAccounts: 4, updatedAt: T0 });
    expect(await audit('moderation.')).toEqual(['moderation.settings_changed']);

    // With rudeness counted and two offences enough, a second rude comment is a proposed block.
    await createModeratedBrand(app.owner, app.workspaceId);
    const [, second] = await postComments(app.t, app.workspaceId, [
      { text: RUDE_TEXT, author: 'pelanggan_kesal', at: T0 - 2 * HOUR },
      { text: `${RUDE_TEXT} lagi`, author: 'pelanggan_kesal', at: T0 - HOUR },
    ]);
    expect((await app.owner.get(`${app.ws}/moderation/mentions/${second}`)).body.proposal).toMatchObject({
      action: 'propose_block',
      offencesInWindow: 2,
    });
  });
  it('treats a moderation action cancelled in the outbox as not done, so it can be asked again', async () => {
    await createModeratedBrand(app.owner, app.workspaceId);
    const [spam] = await postComments(app.t, app.workspaceId, [{ text: SPAM_TEXT, author: 'promo_bot', at: T0 - HOUR }]);
    const hide = (await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: spam, action: 'hide' })).body;
    expect((await app.owner.post(`${app.ws}/outbox/${hide.outboxItemId}/cancel`)).status).toBe(200);
    const [cancelled] = (await app.owner.get(`${app.ws}/moderation/actions?mentionId=${spam}`)).body;
    expect(cancelled).toMatchObject({ id: hide.id, state: 'failed', error: expect.stringMatching(/cancelled in the outbox/) });
    expect((await app.owner.post(`${app.ws}/moderation/actions/${hide.id}/undo`, {})).status).toBe(409);
    expect((await app.owner.post(`${app.ws}/moderation/actions`, { mentionId: spam, action: 'hide' })).status).toBe(200);
  });
});
