import type { OnCall } from '../../../core/api';

/** One step as the editor holds it; `key` keeps React's rows stable while steps move. */
export interface StepDraft {
  key: number;
  label: string;
  channelIds: string[];
}

export interface OnCallDraft {
  escalateAfterMinutes: number | string;
  steps: StepDraft[];
}

export function toOnCallDraft(onCall: OnCall): OnCallDraft {
  return {
    escalateAfterMinutes: onCall.escalateAfterMinutes,
    steps: onCall.steps.map((step, i) => ({ key: i + 1, label: step.label, channelIds: step.channelIds.map(String) })),
  };
}

/** The draft as the API takes it; bad values go as typed, for the API to name on the fields. */
export function fromOnCallDraft(draft: OnCallDraft): OnCall {
  return {
    escalateAfterMinutes: draft.escalateAfterMinutes as number,
    steps: draft.steps.map((step) => ({ label: step.label, channelIds: step.channelIds.map(Number) })),
  };
}

/** Moves step `index` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function addStep(steps: readonly StepDraft[]): StepDraft[] {
  const key = Math.max(0, ...steps.map((step) => step.key)) + 1;
  return [...steps, { key, label: '', channelIds: [] }];
}
