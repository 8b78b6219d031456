import { describe, expect, it } from 'vitest';
import { type CoordinationPost, createCoordinationDetector } from './coordination';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.UTC(2026, 0, 5, 9);

function post(i: number, overrides: Partial<CoordinationPost> = {}): CoordinationPost {
  return {
    clusterKey: 'c-hoax',
    authorId: `bot${i}`,
    timestamp: NOW + i * MINUTE,
    authorCreatedAt: NOW - 2 * DAY,
    authorPostCount: 1,
    ...overrides,
  };
}

describe('coordinated behaviour', () => {
  it('flags a near-duplicate posted by many new accounts within the window and lists them', () => {
    const detector = createCoordinationDetector();
    const results = Array.from({ length: 6 }, (_, i) => detector.observe(post(i)));
    expect(results.slice(0, 4)).toEqual([null, null, null, null]);
    const flagged = results[4]!;
    expect(flagged.clusterKey).toBe('c-hoax');
    expect(flagged.distinctAccounts).toBe(5);
    expect(flagged.suspiciousAccounts).toBe(5);
    expect(flagged.accounts.map((a) => a.authorId)).toEqual(['bot0', 'bot1', 'bot2', 'bot3', 'bot4']);
    expect(flagged.accounts[0]!.reasons).toEqual(['new-account', 'low-history']);
    expect(results[5]).toBeNull();
  });

  it('leaves alone the same text shared by established accounts, one account repeating itself, or posts spread over hours', () => {
    const established = createCoordinationDetector();
    const old = Array.from({ length: 8 }, (_, i) =>
      established.observe(post(i, { authorCreatedAt: NOW - 900 * DAY, authorPostCount: 5000 })),
    );
    expect(old.every((r) => r === null)).toBe(true);

    const repeater = createCoordinationDetector();
    expect(Array.from({ length: 8 }, (_, i) => repeater.observe(post(i, { authorId: 'same' }))).every((r) => r === null)).toBe(true);

    const slow = createCoordinationDetector();
    expect(Array.from({ length: 8 }, (_, i) => slow.observe(post(i, { timestamp: NOW + i * 40 * MINUTE }))).every((r) => r === null)).toBe(
      true,
    );
  });

  it('counts accounts per cluster and keeps working after a JSON round trip', () => {
    const detector = createCoordinationDetector();
    for (let i = 0; i < 3; i++) detector.observe(post(i));
    for (let i = 0; i < 3; i++) detector.observe(post(i, { clusterKey: 'other' }));
    const restored = createCoordinationDetector({}, JSON.parse(JSON.stringify(detector.snapshot())));
    expect(restored.observe(post(3))).toBeNull();
    expect(restored.observe(post(4))?.distinctAccounts).toBe(5);
  });

  it('shows a flagged cluster as it grows, and forgets idle clusters in the snapshot', () => {
    const detector = createCoordinationDetector();
    for (let i = 0; i < 5; i++) detector.observe(post(i));
    expect(detector.flagged('c-hoax')?.distinctAccounts).toBe(5);
    detector.observe(post(5));
    expect(detector.flagged('c-hoax')).toMatchObject({ distinctAccounts: 6, flaggedAt: NOW + 4 * MINUTE });
    detector.observe(post(6, { clusterKey: 'once' }));
    expect(detector.flagged('once')).toBeNull();

    // A day later only the flagged cluster within its refractory period is kept… then none.
    detector.observe(post(0, { clusterKey: 'later', timestamp: NOW + 3 * 3_600_000 }));
    expect(Object.keys(detector.snapshot().clusters).sort()).toEqual(['c-hoax', 'later']);
    detector.observe(post(0, { clusterKey: 'later', timestamp: NOW + DAY }));
    expect(Object.keys(detector.snapshot().clusters)).toEqual(['later']);
  });
});
