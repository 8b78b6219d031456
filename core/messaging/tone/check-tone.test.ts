import { describe, expect, it } from 'vitest';
import { checkTone, hasBlockingFindings } from './check-tone';
import type { ToneContext } from './tone.types';

const complaintId: ToneContext = {
  situation: { kind: 'reply', answering: 'complaint' },
  channel: 'x',
  answering: { text: 'Pesanan saya belum sampai sudah seminggu, kecewa banget sama tokonya' },
};
const complaintEn: ToneContext = {
  situation: { kind: 'reply', answering: 'complaint' },
  channel: 'x',
  answering: { text: 'My order still has not arrived after a week, really disappointed with this shop' },
};

describe('checkTone', () => {
  it('passes a calm Indonesian apology with a next step clean', () => {
    const draft =
      'Mohon maaf atas ketidaknyamanannya, Kak. Kami sedang memeriksa pesanan Kakak; silakan kirim nomor pesanan lewat DM agar tim kami bisa membantu.';
    expect(checkTone(draft, complaintId)).toEqual([]);
  });

  it('passes a calm English apology with a next step clean', () => {
    const draft = 'We are sorry for the trouble with your order. Please send us a DM with your order number so our team can help.';
    expect(checkTone(draft, complaintEn)).toEqual([]);
  });

  it('passes a calm statement during an incident in both languages', () => {
    const statement: ToneContext = { situation: { kind: 'statement', duringIncident: true }, channel: 'update_page' };
    const id =
      'Kami memahami kekhawatiran pelanggan atas gangguan layanan pagi ini. Tim kami sedang menangani penyebabnya; kabar berikutnya pukul 15.00 WIB di halaman ini.';
    const en =
      'We understand the concern about this morning’s outage. Our team is working on the cause; the next update comes at 3 pm on this page.';
    expect(checkTone(id, statement)).toEqual([]);
    expect(checkTone(en, statement)).toEqual([]);
  });

  it('blocks “Anda yang salah baca!” and points at the phrase', () => {
    const draft = 'Anda yang salah baca!';
    const findings = checkTone(draft, complaintId);
    expect(hasBlockingFindings(findings)).toBe(true);
    const confrontation = findings.find((f) => f.rule === 'confrontation');
    expect(confrontation?.severity).toBe('block');
    expect(confrontation?.spans.map((s) => draft.slice(s.start, s.end))).toEqual(['Anda yang salah baca']);
    expect(confrontation?.explanation).toEqual({
      key: 'tone.confrontation.explanation',
      params: { phrase: 'Anda yang salah baca', count: 1 },
    });
  });

  it('lists blocking findings first', () => {
    const findings = checkTone('Makanya baca dulu!!! {brand}', complaintId);
    const severities = findings.map((f) => f.severity);
    expect(severities.indexOf('warn')).toBeGreaterThan(severities.lastIndexOf('block'));
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['confrontation', 'unfilled_variable', 'shouting_punctuation', 'empathy_missing', 'next_step_missing']),
    );
  });

  it('says nothing about an empty draft', () => {
    expect(checkTone('   ', complaintId)).toEqual([]);
  });

  it('without a context checks only what the text shows', () => {
    expect(checkTone('Terima kasih sudah menunggu.')).toEqual([]);
    expect(checkTone('Itu bukan salah kami.').map((f) => f.rule)).toEqual(['defensive']);
  });
});
