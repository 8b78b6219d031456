import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';
import type { ToneRuleId, ToneSituation } from './tone.types';

function rules(text: string, situation: ToneSituation): ToneRuleId[] {
  return checkTone(text, { situation }).map((f) => f.rule);
}

const complaint: ToneSituation = { kind: 'reply', answering: 'complaint' };
const negative: ToneSituation = { kind: 'reply', answering: 'negative' };
const question: ToneSituation = { kind: 'reply', answering: 'question' };
const incidentStatement: ToneSituation = { kind: 'statement', duringIncident: true };
const statement: ToneSituation = { kind: 'statement' };

describe('missing empathy', () => {
  it('asks for empathy when answering a complaint, a negative mention or during an incident', () => {
    expect(rules('Pesanan Kakak sedang diproses, silakan DM kami.', complaint)).toEqual(['empathy_missing']);
    expect(rules('Your order is on its way, please DM us.', negative)).toEqual(['empathy_missing']);
    expect(rules('Layanan sudah pulih. Kabar berikutnya pukul 17.00.', incidentStatement)).toEqual(['empathy_missing']);
  });

  it('is satisfied by an apology or acknowledgement in either language', () => {
    expect(rules('Maaf ya Kak, pesanan sedang diproses, silakan DM kami.', complaint)).toEqual([]);
    expect(rules('Sorry about that, please DM us.', negative)).toEqual([]);
    expect(rules('We understand the worry. Next update at 5 pm.', incidentStatement)).toEqual([]);
  });

  it('is not asked of a quick answer to a question or a routine statement', () => {
    expect(rules('Toko buka pukul 09.00, info lengkap di DM ya.', question)).toEqual([]);
    expect(rules('Our new opening hours start Monday. Details: https://example.com/hours', statement)).toEqual([]);
  });
});

describe('missing next step', () => {
  it('asks statements and answers to complaints for a contact or the next update', () => {
    expect(rules('Mohon maaf atas keterlambatan pengiriman.', complaint)).toEqual(['next_step_missing']);
    expect(rules('We are sorry about the delay.', negative)).toEqual(['next_step_missing']);
    expect(rules('Layanan kembali normal.', statement)).toEqual(['next_step_missing']);
  });

  it('accepts a contact word, a link, an address, a phone number or a contact variable', () => {
    for (const text of [
      'Mohon maaf, silakan hubungi kami.',
      'Mohon maaf, detail di https://toko.id/info',
      'Mohon maaf, tulis ke cs@toko.id',
      'Mohon maaf, telepon 0812-3456-7890',
      'Mohon maaf, hubungi {contact}',
      'Sorry, we will update you by tonight.',
      'Sorry, reach us at help@example.com',
    ]) {
      expect(rules(text, complaint), text).not.toContain('next_step_missing');
    }
  });

  it('is not asked of an answer to a question', () => {
    expect(rules('Betul, ukurannya 42.', question)).toEqual([]);
  });
});
