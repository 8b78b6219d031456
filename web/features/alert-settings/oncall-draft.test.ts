import { describe, expect, it } from 'vitest';
import { addStep, fromOnCallDraft, moveStep, toOnCallDraft } from './oncall-draft';

describe('the on-call draft', () => {
  const onCall = {
    escalateAfterMinutes: 15,
    steps: [
      { label: 'Analis jaga', channelIds: [2] },
      { label: 'Ketua tim krisis', channelIds: [1, 3] },
    ],
  };

  it('round-trips the saved order', () => {
    expect(fromOnCallDraft(toOnCallDraft(onCall))).toEqual(onCall);
  });

  it('moves steps up and down, and ignores moves past either end', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives an added step a key no other step has', () => {
    const steps = addStep(toOnCallDraft(onCall).steps);
    expect(new Set(steps.map((s) => s.key)).size).toBe(3);
    expect(steps[2]).toMatchObject({ label: '', channelIds: [] });
  });
});
