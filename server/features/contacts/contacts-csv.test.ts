import { describe, expect, it } from 'vitest';
import { fieldsOfContact, validateRecord } from './contact-records';
import { parseContactsCsv, writeContactsCsv } from './contacts-csv';

describe('contacts CSV', () => {
  it('reads back what it writes, with delimiters, quotes and line breaks in cells', () => {
    const row = fieldsOfContact({
      kind: 'partner',
      name: 'PT Kurir Kilat, Tbk',
      organisation: 'Kurir "Kilat"',
      title: 'Manajer hubungan mitra',
      topic: null,
      beat: '',
      region: 'Jawa Timur; Bali',
      email: 'mitra@kilat.example',
      phone: '+62315550199',
      whatsapp: '',
      notes: 'Baris satu\nbaris dua',
      restricted: false,
    });
    const text = writeContactsCsv([row, row]);
    const parsed = parseContactsCsv(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.records[0]?.fields).toEqual(row);
    expect(validateRecord(parsed.records[1]!, null)).toEqual({ values: { ...row, topic: null, restricted: false } });
  });

  it('detects a semicolon delimiter and Indonesian headers, and reports bad lines with their reason', () => {
    const text = [
      'Nama;Jenis;Instansi;Surel;HP;Terbatas',
      'Rudi;regulator;OJK;rudi@ojk.example;0811-222-333;tidak',
      'Tanpa jenis;;BPOM;;;',
      'Surel salah;partner;;bukan-surel;;',
      'Kurang sel;partner',
      ';media;Koran;;;',
      'Nomor aneh;media;Koran;;12ab;',
      'Terbatas aneh;media;Koran;;;mungkin',
    ].join('\n');
    const parsed = parseContactsCsv(text);
    expect(parsed.errors).toEqual([{ line: 5, reason: 'has 2 cells; the header has 6' }]);
    const results = parsed.records.map((r) => [r.line, validateRecord(r, null)] as const);
    expect(results[0]).toEqual([
      2,
      { values: expect.objectContaining({ name: 'Rudi', kind: 'regulator', organisation: 'OJK', phone: '0811222333' }) },
    ]);
    const reasons = Object.fromEntries(results.slice(1).map(([line, r]) => [line, 'reason' in r ? r.reason : 'ok']));
    expect(reasons).toEqual({
      3: 'kind: required (or choose a kind for rows that name none)',
      4: 'email: must be an e-mail address',
      6: 'name: required',
      7: 'phone: must be a phone number: 6 to 15 digits, optionally starting with +',
      8: 'restricted: must be true or false, not "mungkin"',
    });
    expect(validateRecord(parsed.records[1]!, 'regulator')).toMatchObject({ values: { kind: 'regulator', name: 'Tanpa jenis' } });
  });

  it('refuses a file without a name column as a whole', () => {
    expect(parseContactsCsv('email,phone\na@b.example,0811111111\n').errors).toEqual([
      { line: 1, reason: expect.stringMatching(/no name column/) },
    ]);
  });
});
