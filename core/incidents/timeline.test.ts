import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS, describeTimelineEntry } from './timeline';

describe('timeline entries in words', () => {
  it('describes every kind in both languages', () => {
    for (const kind of TIMELINE_KINDS) {
      expect(describeTimelineEntry(kind, { title: 'X', text: 'catatan' }, 'id').length).toBeGreaterThan(0);
      expect(describeTimelineEntry(kind, { title: 'X', text: 'note' }, 'en').length).toBeGreaterThan(0);
    }
  });

  it('names the states and the note of a step back', () => {
    expect(describeTimelineEntry('state_changed', { from: 'contained', to: 'active', note: 'Keluhan naik lagi' }, 'id')).toBe(
      'Status berubah dari Terkendali ke Aktif: Keluhan naik lagi',
    );
    expect(describeTimelineEntry('state_changed', { from: 'active', to: 'resolved', resolutionSummary: 'Recalled' }, 'en')).toBe(
      'State changed from Active to Resolved: Recalled',
    );
  });

  it('tells a delivery receipt and a failed delivery with channel, account and link', () => {
    const sent = { kind: 'statement', channel: 'sandbox', handle: 'rasamie_id', url: 'https://example.com/p/1' };
    expect(describeTimelineEntry('delivered', sent, 'id')).toBe('Pernyataan terkirim lewat sandbox @rasamie_id: https://example.com/p/1');
    expect(describeTimelineEntry('delivered', { ...sent, kind: 'reply', url: null }, 'en')).toBe(
      'Reply delivered through sandbox @rasamie_id',
    );
    expect(describeTimelineEntry('delivery_failed', { ...sent, error: 'rate limited' }, 'en')).toBe(
      'Statement could not be delivered through sandbox @rasamie_id: rate limited',
    );
  });
});
