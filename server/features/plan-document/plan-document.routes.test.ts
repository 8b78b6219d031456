import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, setupWorkspace, useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { inviteMember, userIdOf } from '../../../test/support/factories';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);

describe.each(testDialects())('the plan as a document (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const doc = (suffix: string) => `${w.ws}/plan-document.${suffix}`;

  async function fillPlan() {
    const ownerId = await userIdOf(w.owner);
    const playbooks = (await w.owner.get(`${w.ws}/playbooks`)).body as { id: number; crisisType: string; title: string }[];
    const outage = playbooks.find((p) => p.crisisType === 'outage')!;
    await w.owner.post(`${w.ws}/risks`, {
      title: 'Aplikasi tumbang saat promo',
      category: 'outage',
      likelihood: 4,
      impact: 4,
      ownerUserId: ownerId,
      earlySigns: ['Keluhan "tidak bisa bayar" naik'],
      playbookId: outage.id,
    });
    await w.owner.put(`${w.ws}/crisis-team/all`, { assignments: [{ role: 'crisis_lead', userId: ownerId }] });
    await w.owner.post(`${w.ws}/contacts`, {
      kind: 'media',
      name: 'Budi Santoso',
      organisation: 'Harian Nusantara',
      phone: '0812345678',
      notes: 'Pagi saja',
    });
    await w.owner.post(`${w.ws}/contacts`, { kind: 'regulator', name: 'Pejabat rahasia', restricted: true });
    await w.owner.post(`${w.ws}/policy/versions`, {
      title: 'Kebijakan media sosial',
      language: 'id',
      body: '# Nada\n\nSelalu sopan dan tenang kepada semua orang.',
    });
    return { outage };
  }

  it('exports Markdown with risks, the heat map, team, contacts, playbooks, templates and policy', async () => {
    const { outage } = await fillPlan();
    const res = await w.owner.get(doc('md'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rencana-krisis-toko-maju-2026-11-01.md"');
    const md = res.body as string;
    expect(md).toContain('# Rencana Krisis — Toko Maju');
    expect(md).toContain(`| Aplikasi tumbang saat promo | Gangguan layanan | 4 × 4 = 16 (tinggi) | Sari Owner | ${outage.title} | — |`);
    expect(md).toContain('| 4 | 0 | 0 | 0 | 1 | 0 |');
    expect(md).toContain('| Pemimpin krisis | Sari Owner | — |');
    expect(md).toContain('| Budi Santoso | Harian Nusantara | — | 0812345678 | — | Pagi saja |');
    expect(md).toContain('Pejabat rahasia');
    expect(md).toContain(`### ${outage.title}`);
    expect(md).toContain('## 5. Templat pesan');
    expect(md).toContain('#### Nada');
    const en = await w.owner.get(`${doc('md')}?language=en`);
    expect(en.body).toContain('# Crisis Plan — Toko Maju');
  });

  it('leaves out private contact fields and restricted contacts for readers who may not see them', async () => {
    await fillPlan();
    const viewer = await inviteMember(w.t, w.owner, w.workspaceId, 'viewer');
    const md = (await viewer.get(doc('md'))).body as string;
    expect(md).toContain('| Budi Santoso | Harian Nusantara | — |');
    expect(md).not.toMatch(/0812345678|Pagi saja|Pejabat rahasia/);
    const html = (await viewer.get(doc('html'))).body as string;
    expect(html).not.toMatch(/0812345678|Pagi saja|Pejabat rahasia/);
  });

  it('serves HTML inline with a print stylesheet, and audits every export', async () => {
    await fillPlan();
    const res = await w.owner.get(doc('html'));
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="rencana-krisis-toko-maju-2026-11-01\.html"/);
    expect(res.body).toContain('@media print');
    await w.owner.get(`${doc('md')}?language=en`);
    const audit = (await w.owner.get(`${w.ws}/audit?action=plan.exported`)).body.items.map((e: any) => e.details);
    expect(audit).toEqual([
      { format: 'markdown', language: 'en', risks: 1, contacts: 2, playbooks: expect.any(Number) },
      { format: 'html', language: 'id', risks: 1, contacts: 2, playbooks: expect.any(Number) },
    ]);
    expect(audit[0].playbooks).toBeGreaterThan(5);
  });

  it.skipIf(!hasChromium)(
    'prints the plan as PDF through Chromium',
    async () => {
      await fillPlan();
      const res = await w.t.app.request(doc('pdf'), { headers: { cookie: w.owner.cookie! } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(10_000);
    },
    60_000,
  );
});

if (!hasChromium) console.warn(`PDF export test skipped: no Chromium at ${CHROMIUM} (install chromium or set CHROMIUM_PATH)`);

describe('the plan as PDF without Chromium', () => {
  let destroy: (() => Promise<void>) | null = null;
  afterEach(async () => destroy?.());

  it('answers 503 saying how to get Chromium and that HTML and Markdown still work', async () => {
    const t = await createTestApp('sqlite', { CHROMIUM_PATH: '/nonexistent/chromium' });
    destroy = () => t.destroy();
    const { owner, workspaceId } = await setupWorkspace(t);
    const res = await owner.get(`/api/workspaces/${workspaceId}/plan-document.pdf`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(res.body.error.message).toMatch(/CHROMIUM_PATH/);
    expect(res.body.error.message).toMatch(/HTML .* and Markdown exports work without it/);
  });
});
