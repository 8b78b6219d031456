import { describe, expect, it } from 'vitest';
import { type SeverityInput, assessSeverity, effectiveSeverity } from './severity';

const QUIET: SeverityInput = {
  reach: 500,
  perHour: 4,
  speedRatio: 1,
  negativeShare: 0.1,
  scope: 'local',
  mediaPickup: 0,
  safety: false,
  legal: false,
};

const levels = (input: SeverityInput) => Object.fromEntries(assessSeverity(input).factors.map((f) => [f.factor, f.level]));

describe('severity assessment', () => {
  it('rates a quiet, local, mostly friendly conversation minor, every factor at 1', () => {
    const result = assessSeverity(QUIET);
    expect(result.suggested).toBe(1);
    expect(result.factors.every((f) => f.level === 1)).toBe(true);
    expect(result.factors.map((f) => f.factor)).toEqual(['reach', 'speed', 'negativeShare', 'scope', 'media', 'safety', 'legal']);
  });

  it('reads each number on its own ladder', () => {
    expect(levels({ ...QUIET, reach: 10_000 }).reach).toBe(2);
    expect(levels({ ...QUIET, reach: 250_000 }).reach).toBe(3);
    expect(levels({ ...QUIET, reach: 2_000_000 }).reach).toBe(4);
    expect(levels({ ...QUIET, speedRatio: 6 }).speed).toBe(3);
    expect(levels({ ...QUIET, speedRatio: null, perHour: 1500 }).speed).toBe(4);
    expect(levels({ ...QUIET, negativeShare: 0.55 }).negativeShare).toBe(3);
    expect(levels({ ...QUIET, negativeShare: null }).negativeShare).toBe(1);
    expect(levels({ ...QUIET, scope: 'international' }).scope).toBe(3);
    expect(levels({ ...QUIET, mediaPickup: 4 }).media).toBe(3);
  });

  it('suggests critical for a fast, angry, national wave picked up by the media', () => {
    const result = assessSeverity({ ...QUIET, reach: 1_500_000, speedRatio: 12, negativeShare: 0.8, scope: 'national', mediaPickup: 12 });
    expect(result.suggested).toBe(4);
    expect(result.heldBackByTone).toBe(false);
  });

  it('holds a big but friendly conversation one level above its tone', () => {
    const result = assessSeverity({ ...QUIET, reach: 3_000_000, speedRatio: 20, negativeShare: 0.1 });
    expect(result.suggested).toBe(2);
    expect(result.heldBackByTone).toBe(true);
  });

  it('never rates a safety risk below critical or a legal one below serious', () => {
    expect(assessSeverity({ ...QUIET, safety: true }).suggested).toBe(4);
    const legal = assessSeverity({ ...QUIET, legal: true });
    expect(legal.suggested).toBe(3);
    expect(legal.heldBackByTone).toBe(false);
  });

  it('lets a person override the suggestion', () => {
    expect(effectiveSeverity(2, null)).toBe(2);
    expect(effectiveSeverity(2, 4)).toBe(4);
  });
});
