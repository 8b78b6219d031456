import { describe, expect, it } from 'vitest';
import { type NotificationMessage, renderHeadline, renderPlainText } from './notification';

const message: NotificationMessage = {
  kind: 'alert.raised',
  severity: 'critical',
  title: 'Lonjakan keluhan Toko Maju',
  body: '120 sebutan negatif dalam 10 menit.',
  link: 'https://siaga.example/w/1/alerts/7',
  language: 'id',
  dedupeKey: 'alert:7:raised',
};

describe('notification rendering', () => {
  it('writes the headline in the message language with the severity', () => {
    expect(renderHeadline(message)).toBe('🔴 [Kritis] Peringatan baru: Lonjakan keluhan Toko Maju');
    expect(renderHeadline({ ...message, language: 'en', severity: 'high', kind: 'alert.escalated' })).toBe(
      '🟠 [High] Alert escalated: Lonjakan keluhan Toko Maju',
    );
  });

  it('puts the body, the link and the footer in the plain text', () => {
    const text = renderPlainText(message);
    expect(text.split('\n')).toEqual([
      renderHeadline(message),
      '',
      message.body,
      '',
      'Buka di Siaga: https://siaga.example/w/1/alerts/7',
      '',
      '— Dikirim oleh Siaga',
    ]);
    expect(renderPlainText({ ...message, link: null, language: 'en' })).not.toContain('Open in Siaga');
  });
});
