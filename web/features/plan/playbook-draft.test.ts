import { describe, expect, it } from 'vitest';
import { addStepDraft, fromStepDrafts, splitMinutes, suggestStepKey, toStepDrafts } from './playbook-draft';

describe('playbook drafts', () => {
  const step = {
    key: 'akui',
    title: 'Akui',
    description: 'd',
    ownerRole: 'spokesperson' as const,
    dueAfterMinutes: 60,
    checklist: ['a', 'b'],
    templateIds: ['holding-statement'],
    escalation: 'e',
  };

  it('round-trips steps through the editor', () => {
    expect(fromStepDrafts(toStepDrafts([step]))).toEqual([step]);
  });

  it('drops empty checklist lines, keeps an empty deadline as open-ended and keys new steps from their title', () => {
    const drafts = addStepDraft(toStepDrafts([step]));
    drafts[1] = { ...drafts[1]!, title: 'Akui!', checklist: 'satu\n\n  dua  \n', dueAfterMinutes: '' };
    const [, added] = fromStepDrafts(drafts);
    expect(added).toMatchObject({ key: 'akui-2', checklist: ['satu', 'dua'], dueAfterMinutes: null });
  });

  it('suggests readable, unique keys', () => {
    expect(suggestStepKey('Hentikan posting terjadwal', new Set())).toBe('hentikan-posting-terjadwal');
    expect(suggestStepKey('???', new Set(['langkah']))).toBe('langkah-2');
  });

  it('splits minutes into days, hours and minutes', () => {
    expect(splitMinutes(72 * 60 + 90)).toEqual({ days: 3, hours: 1, minutes: 30 });
  });
});
