import type { PlaybookStep } from './plan.types';

export interface PlaybookChanges {
  title: { from: string; to: string } | null;
  added: { key: string; title: string }[];
  removed: { key: string; title: string }[];
  changed: { key: string; title: string; fields: string[] }[];
  reordered: boolean;
}

const STEP_FIELDS = ['title', 'description', 'ownerRole', 'dueAfterMinutes', 'checklist', 'templateIds', 'escalation'] as const;

/**
 * What a playbook version changed against the one before, matched by step key so a renamed step
 * reads as changed, not as one removed and one added.
 */
export function describePlaybookChanges(
  before: { title: string; steps: readonly PlaybookStep[] },
  after: { title: string; steps: readonly PlaybookStep[] },
): PlaybookChanges {
  const old = new Map(before.steps.map((step) => [step.key, step]));
  const next = new Map(after.steps.map((step) => [step.key, step]));
  const added = after.steps.filter((s) => !old.has(s.key)).map(({ key, title }) => ({ key, title }));
  const removed = before.steps.filter((s) => !next.has(s.key)).map(({ key, title }) => ({ key, title }));
  const changed = after.steps.flatMap((step) => {
    const previous = old.get(step.key);
    if (!previous) return [];
    const fields = STEP_FIELDS.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(step[field]));
    return fields.length > 0 ? [{ key: step.key, title: step.title, fields: [...fields] }] : [];
  });
  const keptBefore = before.steps.filter((s) => next.has(s.key)).map((s) => s.key);
  const keptAfter = after.steps.filter((s) => old.has(s.key)).map((s) => s.key);
  return {
    title: before.title === after.title ? null : { from: before.title, to: after.title },
    added,
    removed,
    changed,
    reordered: keptBefore.join('\n') !== keptAfter.join('\n'),
  };
}

/** Whether a version changed nothing at all, so saving it would only add noise to the history. */
export function isUnchangedPlaybook(changes: PlaybookChanges): boolean {
  return !changes.title && changes.added.length + changes.removed.length + changes.changed.length === 0 && !changes.reordered;
}
