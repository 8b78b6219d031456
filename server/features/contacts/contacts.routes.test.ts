import { describe, expect, it } from 'vitest';
import { useWorkspaceApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/dialects';
import { createApiToken, inviteMember, tokenClient } from '../../../test/support/factories';

const journalist = {
  kind: 'media',
  name: 'Budi Santoso',
  organisation: 'Harian Nusantara',
  title: 'Redaktur ekonomi',
  beat: 'Ekonomi',
  region: 'Jakarta',
  email: 'budi@harian.example',
  phone: '0812-3456-7890',
  whatsapp: '+62 812 9876 5432',
  notes: 'Lebih suka dihubungi pagi',
};
const lawyer = {
  kind: 'internal_expert',
  name: 'Rina Hukum',
  topic: 'legal',
  email: 'rina@toko.example',
  phone: '0811000111',
  restricted: true,
};

describe.each(testDialects())('contacts directory API (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);
  const path = () => `${w.ws}/contacts`;

  it('shows private fields and restricted contacts to crisis leads only', async () => {
    const created = await w.owner.post(path(), journalist);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      phone: '081234567890',
      whatsapp: '+6281298765432',
      notes: journalist.notes,
      privateHidden: false,
    });
    const restricted = await w.owner.post(path(), lawyer);
    const viewer = await inviteMember(w.t, w.owner, w.workspaceId, 'viewer');
    const responder = await inviteMember(w.t, w.owner, w.workspaceId, 'responder');
    const lead = await inviteMember(w.t, w.owner, w.workspaceId, 'crisis_lead');

    for (const reader of [viewer, responder]) {
      const list = await reader.get(path());
      expect(list.body).toEqual([
        expect.objectContaining({
          name: 'Budi Santoso',
          email: journalist.email,
          title: journalist.title,
          phone: null,
          whatsapp: null,
          notes: null,
          privateHidden: true,
        }),
      ]);
      expect((await reader.get(`${path()}/${restricted.body.id}`)).status).toBe(404);
      expect(JSON.stringify((await reader.get(`${path()}/export?format=vcard`)).body)).not.toMatch(/0812|Rina|pagi/);
    }
    const leadList = await lead.get(path());
    expect(leadList.body.map((c: any) => [c.name, c.phone])).toEqual([
      ['Rina Hukum', '0811000111'],
      ['Budi Santoso', '081234567890'],
    ]);
    expect((await viewer.post(path(), journalist)).status).toBe(403);
    expect((await responder.delete(`${path()}/${created.body.id}`)).status).toBe(403);
    const token = await createApiToken(w.owner, w.workspaceId, ['mentions:read']);
    expect((await tokenClient(w.t, token.secret).get(path())).status).toBe(403);
  });

  it('filters by kind, topic and text, and refuses bad input naming the field', async () => {
    await w.owner.post(path(), journalist);
    await w.owner.post(path(), lawyer);
    await w.owner.post(path(), { kind: 'regulator', name: 'Dinas Kominfo', organisation: 'Pemprov DKI' });
    expect((await w.owner.get(`${path()}?kind=media`)).body.map((c: any) => c.name)).toEqual(['Budi Santoso']);
    expect((await w.owner.get(`${path()}?topic=legal`)).body.map((c: any) => c.name)).toEqual(['Rina Hukum']);
    expect((await w.owner.get(`${path()}?q=dki`)).body.map((c: any) => c.name)).toEqual(['Dinas Kominfo']);
    for (const [body, field] of [
      [{ ...journalist, email: 'bukan' }, 'email'],
      [{ ...journalist, phone: 'telepon saja' }, 'phone'],
      [{ ...journalist, kind: 'teman' }, 'kind'],
      [{ kind: 'internal_expert', name: 'Tanpa topik' }, 'topic'],
    ] as const) {
      const res = await w.owner.post(path(), body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe(field);
    }
    expect((await w.owner.get(path())).body).toHaveLength(3);
  });

  it('imports CSV: bad rows reported by line, the rest imported, duplicates skipped, and a dry run stores nothing', async () => {
    await w.owner.post(path(), journalist);
    const csv = [
      'name,kind,organisation,email,phone,notes',
      'Sari,internal_emergency,,sari@toko.example,0811111111,Manajer piket',
      'Budi Santoso,media,Harian Nusantara,,,', // already in the directory
      'Tanpa surel,regulator,OJK,bukan-surel,,',
      'Dua sel,partner',
      'Sari lagi,internal_emergency,,SARI@toko.example,,', // same e-mail as line 2
      'Dedi,partner,PT Kilat,,,',
    ].join('\n');
    const dry = await w.owner.post(`${path()}/import`, { format: 'csv', content: csv, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, received: 6, imported: 2 });
    expect(dry.body.preview.map((p: any) => [p.line, p.name])).toEqual([
      [2, 'Sari'],
      [7, 'Dedi'],
    ]);
    expect(dry.body.duplicates).toEqual([
      { line: 3, name: 'Budi Santoso' },
      { line: 6, name: 'Sari lagi' },
    ]);
    expect(dry.body.rejected).toEqual([
      { line: 4, reason: 'email: must be an e-mail address' },
      { line: 5, reason: 'has 2 cells; the header has 6' },
    ]);
    expect((await w.owner.get(path())).body).toHaveLength(1);

    const real = await w.owner.post(`${path()}/import`, { format: 'csv', content: csv });
    expect(real.body).toMatchObject({ dryRun: false, imported: 2 });
    expect((await w.owner.get(path())).body.map((c: any) => c.name).sort()).toEqual(['Budi Santoso', 'Dedi', 'Sari']);
    const again = await w.owner.post(`${path()}/import`, { format: 'csv', content: csv });
    expect(again.body.imported).toBe(0);
  });

  it('exports CSV and vCard that import back into another workspace unchanged', async () => {
    await w.owner.post(path(), journalist);
    await w.owner.post(path(), lawyer);
    const csv = await w.owner.get(`${path()}/export?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="kontak-2026-11-01\.csv"/);
    const vcard = await w.owner.get(`${path()}/export?format=vcard&version=3.0`);
    expect(vcard.headers.get('content-type')).toMatch(/^text\/vcard/);
    expect(vcard.body).toContain('VERSION:3.0');

    const other = await w.owner.post('/api/workspaces', { name: 'Cabang Bali' });
    const otherPath = `/api/workspaces/${other.body.id}/contacts`;
    for (const [format, content] of [
      ['csv', csv.body],
      ['vcard', vcard.body],
    ] as const) {
      const imported = await w.owner.post(`${otherPath}/import`, { format, content });
      expect(imported.body, format).toMatchObject({ imported: format === 'csv' ? 2 : 0, rejected: [] });
    }
    const strip = (c: any) => ({ ...c, id: 0, createdAt: 0, updatedAt: 0 });
    expect((await w.owner.get(otherPath)).body.map(strip)).toEqual((await w.owner.get(path())).body.map(strip));
  });

  it('audits every change, import and export', async () => {
    const created = await w.owner.post(path(), journalist);
    await w.owner.put(`${path()}/${created.body.id}`, { ...journalist, beat: 'Bisnis' });
    await w.owner.post(`${path()}/import`, {
      format: 'vcard',
      content: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Andi\r\nEND:VCARD\r\n',
      defaultKind: 'partner',
    });
    await w.owner.get(`${path()}/export?format=csv`);
    await w.owner.delete(`${path()}/${created.body.id}`);
    const entries = (await w.owner.get(`${w.ws}/audit?action=contact`)).body.items.map((e: any) => [e.action, e.details]);
    expect(entries).toEqual([
      ['contact.deleted', { name: 'Budi Santoso', kind: 'media' }],
      ['contacts.exported', { format: 'csv', count: 2, privateFields: true }],
      ['contacts.imported', { format: 'vcard', imported: 1, duplicates: 0, rejected: 0 }],
      ['contact.updated', { changed: ['beat'] }],
      ['contact.created', { name: 'Budi Santoso', kind: 'media', restricted: false }],
    ]);
  });
});
