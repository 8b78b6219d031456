import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';
import { describeMessage } from '../messages';
import { TONE_MESSAGES } from './tone.messages';
import { TONE_RULES } from './tone.types';

describe('TONE_MESSAGES', () => {
  it('has a title, an explanation and a fix for every rule in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const rule of TONE_RULES) {
        const texts = TONE_MESSAGES[locale].tone[rule];
        for (const part of ['title', 'explanation', 'fix']) expect(texts[part], `${locale} ${rule}.${part}`).toBeTruthy();
      }
    }
  });

  it('has a text for every key the check emits, in both languages', () => {
    const drafts = [
      'Anda yang salah baca!!! Bukan salah kami. Dijamin. Kami lalai. Jalur hukum. {brand} MOHON DIBACA',
      'You clearly did not read. Not our fault. We guarantee it. We were negligent.',
    ];
    const context = { channel: 'tiktok_comment' as const, situation: { kind: 'statement' as const, duringIncident: true } };
    const findings = [
      ...drafts.flatMap((d) => checkTone(d.repeat(3), context)),
      ...checkTone('We are checking your order right now, thank you.', { answering: { language: 'id' } }),
      ...checkTone('Kami sedang mengecek pesanan Kakak sekarang, terima kasih.', { answering: { language: 'en' } }),
    ];
    expect(new Set(findings.map((f) => f.rule)).size).toBe(TONE_RULES.length);
    for (const finding of findings) {
      for (const locale of ['id', 'en'] as const) {
        for (const message of [finding.explanation, finding.fix]) {
          const text = describeMessage(message, locale);
          expect(text).not.toBe(message.key);
          expect(text).not.toMatch(/\{\{/);
        }
      }
    }
  });

  it('interpolates parameters the way i18next does', () => {
    expect(describeMessage({ key: 'tone.shouting_punctuation.explanation', params: { phrase: '!!!' } }, 'en')).toBe(
      '“!!!” reads as angry or panicked.',
    );
    expect(describeMessage({ key: 'tone.unknown', params: {} }, 'id')).toBe('tone.unknown');
  });
});
