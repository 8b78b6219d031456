import { describe, expect, it } from 'vitest';
import { describePlaybookChanges, isUnchangedPlaybook } from './playbook-changes';
import type { PlaybookStep } from './plan.types';

const step = (key: string, overrides: Partial<PlaybookStep> = {}): PlaybookStep => ({
  key,
  title: `Langkah ${key}`,
  description: '',
  ownerRole: 'crisis_lead',
  dueAfterMinutes: 60,
  checklist: [],
  templateIds: [],
  escalation: '',
  ...overrides,
});

describe('describePlaybookChanges', () => {
  it('names added, removed and changed steps by key, with the fields that changed', () => {
    const before = { title: 'A', steps: [step('a'), step('b'), step('c')] };
    const after = { title: 'A', steps: [step('a', { dueAfterMinutes: 30, checklist: ['x'] }), step('c'), step('d')] };
    const changes = describePlaybookChanges(before, after);
    expect(changes.added).toEqual([{ key: 'd', title: 'Langkah d' }]);
    expect(changes.removed).toEqual([{ key: 'b', title: 'Langkah b' }]);
    expect(changes.changed).toEqual([{ key: 'a', title: 'Langkah a', fields: ['dueAfterMinutes', 'checklist'] }]);
    expect(changes.reordered).toBe(false);
    expect(changes.title).toBeNull();
  });

  it('reports a new title and steps that swapped places', () => {
    const changes = describePlaybookChanges(
      { title: 'Lama', steps: [step('a'), step('b')] },
      { title: 'Baru', steps: [step('b'), step('a')] },
    );
    expect(changes.title).toEqual({ from: 'Lama', to: 'Baru' });
    expect(changes.reordered).toBe(true);
    expect(isUnchangedPlaybook(changes)).toBe(false);
  });

  it('treats an identical version as unchanged', () => {
    const same = { title: 'A', steps: [step('a'), step('b')] };
    expect(isUnchangedPlaybook(describePlaybookChanges(same, structuredClone(same)))).toBe(true);
  });
});
