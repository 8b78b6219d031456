import { describe, expect, it } from 'vitest';
import { fieldsOfContact, validateRecord } from './contact-records';
import { parseVcards, writeVcards } from './vcard';

const budi = fieldsOfContact({
  kind: 'media',
  name: 'Budi Santoso',
  organisation: 'Harian Nusantara; Biro Jakarta',
  title: 'Redaktur ekonomi',
  topic: null,
  beat: 'Ekonomi, bisnis',
  region: 'Jabodetabek',
  email: 'budi@harian.example',
  phone: '+6281234567890',
  whatsapp: '+6281298765432',
  notes: 'Lebih suka dihubungi pagi.\nJangan telepon saat tenggat (16.00–18.00) — "penting"',
  restricted: true,
});
const sari = fieldsOfContact({
  kind: 'internal_expert',
  name: 'Sari Wulandari',
  organisation: '',
  title: 'Kepala Keamanan TI',
  topic: 'it_security',
  beat: '',
  region: '',
  email: '',
  phone: '',
  whatsapp: '',
  notes: '',
  restricted: false,
});

describe('vCard', () => {
  it.each(['3.0', '4.0'] as const)('reads back what it writes (%s), escaped text and long lines included', (version) => {
    const text = writeVcards([budi, sari], version);
    expect(text).toContain(`VERSION:${version}`);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = parseVcards(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => r.line)).toEqual([1, text.split('\r\n').indexOf('BEGIN:VCARD', 1) + 1]);
    const [first, second] = parsed.records.map((r) => validateRecord(r, null));
    expect(first).toEqual({ values: { ...budi, topic: null, restricted: true } });
    expect(second).toEqual({ values: { ...sari, topic: 'it_security', restricted: false } });
  });

  it('reads cards written by phones: N without FN, typed and grouped TEL, WhatsApp as IMPP, folded lines', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Pratama;Andi;;Dr.;',
      'ORG:Kementerian Kominfo;Direktorat Aplikasi',
      'item1.TEL;TYPE=WORK,VOICE:021-555 0101',
      'TEL;TYPE="cell":0812 1111 2222',
      'IMPP;X-SERVICE-TYPE=WhatsApp:whatsapp:+628121112222',
      'EMAIL;TYPE=HOME:andi@pribadi.example',
      'EMAIL;TYPE=WORK:andi@kominfo.example',
      'NOTE:Narahubung untuk laporan insiden\\, jam kerja s',
      ' aja.',
      'END:VCARD',
    ].join('\n');
    const [record] = parseVcards(text).records;
    expect(record?.fields).toEqual({
      name: 'Dr. Andi Pratama',
      organisation: 'Kementerian Kominfo',
      phone: '0812 1111 2222',
      whatsapp: '+628121112222',
      email: 'andi@kominfo.example',
      notes: 'Narahubung untuk laporan insiden, jam kerja saja.',
    });
    expect(validateRecord(record!, 'regulator')).toMatchObject({ values: { kind: 'regulator', phone: '081211112222' } });
  });

  it('reports broken cards by the line of their BEGIN and reads the others', () => {
    const text = [
      'BEGIN:VCARD', // 1: version 2.1
      'VERSION:2.1',
      'FN:Lama',
      'END:VCARD',
      'BEGIN:VCARD', // 5: fine
      'VERSION:4.0',
      'FN:Rina',
      'END:VCARD',
      'BEGIN:VCARD', // 9: a line without a colon
      'VERSION:4.0',
      'FN Tanpa titik dua',
      'END:VCARD',
      'BEGIN:VCARD', // 13: never ends
      'VERSION:4.0',
      'FN:Putus',
    ].join('\r\n');
    const parsed = parseVcards(text);
    expect(parsed.records.map((r) => [r.line, r.fields.name])).toEqual([[5, 'Rina']]);
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 9, 13]);
    expect(parsed.errors[0]?.reason).toMatch(/version 2\.1 is not supported/);
    expect(parsed.errors[1]?.reason).toMatch(/line 11 is not a vCard property/);
    expect(parsed.errors[2]?.reason).toMatch(/no END:VCARD/);
  });
});
