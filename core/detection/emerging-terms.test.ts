import { describe, expect, it } from 'vitest';
import { createEmergingTermsDetector } from './emerging-terms';
import { createSeededRandom, samplePoisson } from './synthetic';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 5);
const USUAL = { pengiriman: 0.1, harga: 0.05, promo: 0.08, 'pelayanan ramah': 0.03 } as const;

/** Hourly buckets of about 100 mentions with the usual terms at their usual shares. */
function buckets(seed: number, hours: number, volume: (i: number) => number) {
  const random = createSeededRandom(seed);
  return Array.from({ length: hours }, (_, i) => {
    const mentions = volume(i);
    const terms: Record<string, number> = {};
    for (const [term, share] of Object.entries(USUAL)) terms[term] = samplePoisson(random, share * mentions);
    return { timestamp: START + i * HOUR, terms, mentions };
  });
}

describe('emerging terms', () => {
  it('surfaces a phrase that bursts, not the usual ones, and not a term below the minimum support', () => {
    const detector = createEmergingTermsDetector();
    const found = buckets(1, 72, () => 100).map((b, i) => {
      if (i === 60) Object.assign(b.terms, { 'kopiku keracunan': 14, '#boikotkopiku': 9, 'ganti kemasan': 2 });
      return detector.observe(b.timestamp, b.terms, b.mentions);
    });
    expect(found.slice(0, 60).flat()).toEqual([]);
    expect(found[60]!.map((t) => t.term).sort()).toEqual(['#boikotkopiku', 'kopiku keracunan']);
    expect(found[60]![0]).toMatchObject({ term: 'kopiku keracunan', count: 14, isNew: true });
    expect(found.slice(61).flat()).toEqual([]);
  });

  it('does not report terms that only rise with the whole volume', () => {
    const detector = createEmergingTermsDetector();
    const found = buckets(2, 96, (i) => (i < 60 ? 100 : 400)).flatMap((b) => detector.observe(b.timestamp, b.terms, b.mentions));
    expect(found).toEqual([]);
  });

  it('reports a known term that jumps against its own history, once per refractory period', () => {
    const detector = createEmergingTermsDetector();
    const found = buckets(3, 72, () => 100).map((b, i) => {
      if (i === 50 || i === 51) b.terms.harga = 30;
      return detector.observe(b.timestamp, b.terms, b.mentions);
    });
    expect(found[50]!.map((t) => t.term)).toEqual(['harga']);
    expect(found[50]![0]!.isNew).toBe(false);
    expect(found[51]).toEqual([]);
  });

  it('restores from JSON and continues identically', () => {
    const all = buckets(4, 60, () => 80);
    all[50]!.terms['server down'] = 12;
    const whole = createEmergingTermsDetector();
    const expected = all.map((b) => whole.observe(b.timestamp, b.terms, b.mentions));
    const first = createEmergingTermsDetector();
    const head = all.slice(0, 30).map((b) => first.observe(b.timestamp, b.terms, b.mentions));
    const second = createEmergingTermsDetector({}, JSON.parse(JSON.stringify(first.snapshot())));
    const tail = all.slice(30).map((b) => second.observe(b.timestamp, b.terms, b.mentions));
    expect([...head, ...tail]).toEqual(expected);
    expect(expected[50]!.map((t) => t.term)).toEqual(['server down']);
  });
});
