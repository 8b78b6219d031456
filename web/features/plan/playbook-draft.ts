import type { PlaybookStep } from '../../../core/plan';

/** A step as the editor holds it: numbers and lists as typed, with a row id that survives moves. */
export interface StepDraft {
  rowId: number;
  key: string;
  title: string;
  description: string;
  ownerRole: PlaybookStep['ownerRole'];
  dueAfterMinutes: number | string;
  checklist: string;
  templateIds: string[];
  escalation: string;
}

export function toStepDrafts(steps: readonly PlaybookStep[]): StepDraft[] {
  return steps.map((step, i) => ({
    rowId: i + 1,
    key: step.key,
    title: step.title,
    description: step.description,
    ownerRole: step.ownerRole,
    dueAfterMinutes: step.dueAfterMinutes ?? '',
    checklist: step.checklist.join('\n'),
    templateIds: [...step.templateIds],
    escalation: step.escalation,
  }));
}

/** A step key from its title, unique among `taken`: new steps get one the tasks of later incidents can name. */
export function suggestStepKey(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'langkah';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * The drafts as the API takes them. Empty checklist lines are dropped; a step without a key gets one
 * from its title; a bad deadline goes as typed so the API names the field.
 */
export function fromStepDrafts(drafts: readonly StepDraft[]): PlaybookStep[] {
  const taken = new Set(drafts.map((d) => d.key).filter(Boolean));
  return drafts.map((draft) => {
    let key = draft.key;
    if (!key) {
      key = suggestStepKey(draft.title, taken);
      taken.add(key);
    }
    const due = draft.dueAfterMinutes === '' ? null : (draft.dueAfterMinutes as number);
    return {
      key,
      title: draft.title,
      description: draft.description,
      ownerRole: draft.ownerRole,
      dueAfterMinutes: due,
      checklist: draft.checklist
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      templateIds: draft.templateIds,
      escalation: draft.escalation,
    };
  });
}

export function addStepDraft(drafts: readonly StepDraft[]): StepDraft[] {
  const rowId = Math.max(0, ...drafts.map((d) => d.rowId)) + 1;
  return [
    ...drafts,
    {
      rowId,
      key: '',
      title: '',
      description: '',
      ownerRole: 'responder',
      dueAfterMinutes: 60,
      checklist: '',
      templateIds: [],
      escalation: '',
    },
  ];
}

/** Minutes as whole days, hours and minutes, largest first, for "within 1 day 2 hours". */
export function splitMinutes(total: number): { days: number; hours: number; minutes: number } {
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
