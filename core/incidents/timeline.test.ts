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
});
