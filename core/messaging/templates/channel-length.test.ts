import { describe, expect, it } from 'vitest';
import { measureChannelText } from './channel-length';
import { CHANNELS, CHANNEL_IDS } from './channels';

describe('measureChannelText', () => {
  it('counts code points: an emoji outside the basic plane is one character', () => {
    expect(measureChannelText('Maaf 🙏', 'tiktok_comment').length).toBe(6);
    expect('Maaf 🙏'.length).toBe(7);
  });

  it('counts UTF-16 units for Telegram', () => {
    expect(measureChannelText('Maaf 🙏', 'telegram').length).toBe(7);
  });

  it('weighs text as X does: links 23, emoji 2, CJK 2, Latin 1', () => {
    expect(measureChannelText('abc', 'x').length).toBe(3);
    expect(measureChannelText('🙏', 'x').length).toBe(2);
    expect(measureChannelText('👨‍👩‍👧', 'x').length).toBe(2);
    expect(measureChannelText('日本', 'x').length).toBe(4);
    expect(measureChannelText('Info: https://example.com/a/very/long/path/that/goes/on', 'x').length).toBe(6 + 23);
    expect(measureChannelText('Info: toko.id/promo', 'x').length).toBe(6 + 23);
  });

  it('reports how far over the limit and where the overflow starts', () => {
    const text = 'a'.repeat(279) + '🙏';
    const measured = measureChannelText(text, 'x');
    expect(measured).toEqual({ channel: 'x', length: 281, limit: 280, fits: false, over: 1, overflowStart: 279 });
    expect(measureChannelText('a'.repeat(280), 'x')).toEqual({ channel: 'x', length: 280, limit: 280, fits: true, over: 0 });
  });

  it('highlights from the first code point past the limit, not inside a surrogate pair', () => {
    const text = '🙏'.repeat(151);
    expect(measureChannelText(text, 'tiktok_comment').overflowStart).toBe(300);
  });
});

describe('CHANNELS', () => {
  it('has a positive limit and a source for every channel', () => {
    for (const id of CHANNEL_IDS) {
      expect(CHANNELS[id].id).toBe(id);
      expect(CHANNELS[id].limit).toBeGreaterThan(0);
      expect(CHANNELS[id].source.length).toBeGreaterThan(10);
    }
  });

  it('holds the documented platform limits', () => {
    expect(CHANNELS.x.limit).toBe(280);
    expect(CHANNELS.whatsapp.limit).toBe(4096);
    expect(CHANNELS.telegram.limit).toBe(4096);
    expect(CHANNELS.tiktok_comment.limit).toBe(150);
  });
});
