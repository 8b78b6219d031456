import { describe, expect, it } from 'vitest';
import { type PlanDocumentData, countRisksByCell, renderPlanHtml, renderPlanMarkdown, renderSimpleMarkdown } from './plan-document';

const AT = Date.UTC(2026, 10, 22, 1, 30);

function plan(overrides: Partial<PlanDocumentData> = {}): PlanDocumentData {
  return {
    workspaceName: 'Toko <Maju>',
    generatedAt: AT,
    generatedBy: 'Sari',
    risks: [
      {
        title: 'Kebocoran data | pelanggan',
        category: 'data_privacy',
        likelihood: 3,
        impact: 5,
        score: 15,
        level: 'high',
        owner: 'Sari',
        earlySigns: ['Keluhan SMS penipuan naik'],
        mitigation: 'Audit akses bulanan',
        playbook: 'Kebocoran data',
        reviewDueAt: Date.UTC(2026, 10, 1),
        reviewOverdue: true,
      },
    ],
    teams: [{ scope: 'all', members: [{ role: 'crisis_lead', person: 'Sari', deputies: ['Budi', 'Rina'] }] }],
    contacts: [
      {
        kind: 'media',
        name: 'Budi Santoso',
        organisation: 'Harian Nusantara',
        title: 'Redaktur',
        topic: null,
        beat: 'Ekonomi',
        region: 'Jakarta',
        email: 'budi@harian.example',
        phone: '+6281234567890',
        whatsapp: null,
        notes: 'Pagi saja',
      },
    ],
    contactsPrivateHidden: false,
    playbooks: [
      {
        title: 'Kebocoran data',
        crisisType: 'data_privacy',
        version: 3,
        steps: [
          {
            key: 'ack',
            title: 'Akui secara publik',
            description: 'Sampaikan bahwa kami sedang memeriksa.',
            ownerRole: 'spokesperson',
            dueAfterMinutes: 60,
            checklist: ['Fakta terkonfirmasi', 'Disetujui hukum'],
            templateIds: ['tpl-ack'],
            escalation: 'Bila media nasional meliput',
          },
        ],
      },
    ],
    policy: {
      title: 'Kebijakan media sosial',
      version: 2,
      publishedAt: AT,
      body: '# Nada\n\nSelalu sopan.\n\n- Jangan membalas dengan marah\n- Sembunyikan ujaran kebencian',
    },
    ...overrides,
  };
}

describe('the plan as a document', () => {
  it('counts risks per heat map cell with likelihood 5 on the top row', () => {
    const counts = countRisksByCell([
      { likelihood: 5, impact: 1 },
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5 },
    ]);
    expect(counts[0]).toEqual([2, 0, 0, 0, 0]);
    expect(counts[4]).toEqual([0, 0, 0, 0, 1]);
  });

  it('writes every section in Markdown, in the chosen language', () => {
    const md = renderPlanMarkdown(plan(), 'id');
    expect(md).toMatch(/^# Rencana Krisis — Toko <Maju>\n/);
    expect(md).toContain('_Dibuat 2026-11-22 01:30 UTC oleh Sari._');
    for (const heading of [
      '## 1. Daftar risiko',
      '## 2. Tim krisis',
      '## 3. Kontak',
      '## 4. Playbook',
      '## 5. Templat pesan',
      '## 6. Kebijakan media sosial',
    ])
      expect(md).toContain(heading);
    expect(md).toContain(
      '| Kebocoran data \\| pelanggan | Kebocoran data atau privasi | 3 × 5 = 15 (tinggi) | Sari | Kebocoran data | 2026-11-01 (lewat jadwal) |',
    );
    expect(md).toContain('| 3 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('| Pemimpin krisis | Sari | Budi, Rina |');
    expect(md).toContain(
      '| Budi Santoso | Harian Nusantara · Redaktur · Ekonomi · Jakarta | budi@harian.example | +6281234567890 | — | Pagi saja |',
    );
    expect(md).toContain('1. **Akui secara publik** — Pelaksana: Juru bicara; paling lambat 1 jam setelah deklarasi');
    expect(md).toContain('   - [ ] Disetujui hukum');
    expect(md).toContain('   Templat: tpl-ack');
    expect(md).toContain('#### Nada');
    const en = renderPlanMarkdown(plan(), 'en');
    expect(en).toContain('## 1. Risk register');
    expect(en).toContain('within 1h of the declaration');
  });

  it('leaves private contact columns out and says why when the exporter may not see them', () => {
    const md = renderPlanMarkdown(
      plan({ contactsPrivateHidden: true, contacts: [{ ...plan().contacts[0]!, phone: null, whatsapp: null, notes: null }] }),
      'en',
    );
    expect(md).toContain('Personal numbers, WhatsApp, notes and restricted contacts are left out');
    expect(md).toContain('| Name | Organisation / role | E-mail |');
    expect(md).not.toContain('Phone');
  });

  it('says what is missing instead of leaving sections blank', () => {
    const md = renderPlanMarkdown(plan({ risks: [], teams: [], contacts: [], playbooks: [], policy: null }), 'en');
    expect(md.match(/None yet\./g)).toHaveLength(4);
    expect(md).toContain('No social media policy has been published yet.');
    expect(md).toContain('The library of approved messages is not available yet');
  });

  it('renders printable HTML with every text escaped', () => {
    const html = renderPlanHtml(plan({ risks: [{ ...plan().risks[0]!, title: '<script>alert(1)</script>' }] }), 'id');
    expect(html).toMatch(/^<!doctype html><html lang="id">/);
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Toko &lt;Maju&gt;');
    expect(html).toContain('<li>Disetujui hukum</li>');
    expect(html).toContain('<h4>Nada</h4>');
    expect(html).toContain('<ul><li>Jangan membalas dengan marah</li><li>Sembunyikan ujaran kebencian</li></ul>');
    for (const id of ['risks', 'team', 'contacts', 'playbooks', 'templates', 'policy']) expect(html).toContain(`<h2 id="${id}">`);
  });

  it('keeps unknown Markdown as escaped text', () => {
    expect(renderSimpleMarkdown('**tebal** <b>x</b>\nbaris')).toBe('<p>**tebal** &lt;b&gt;x&lt;/b&gt;<br>baris</p>');
  });
});
