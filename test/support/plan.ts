import type { PlaybookStep } from '../../core/plan';
import type { TestClient } from './app';

/** A valid playbook step; override what the test is about. */
export function makeStep(key: string, overrides: Partial<PlaybookStep> = {}): PlaybookStep {
  return {
    key,
    title: `Langkah ${key}`,
    description: 'Apa yang dilakukan pada langkah ini.',
    ownerRole: 'crisis_lead',
    dueAfterMinutes: 60,
    checklist: ['Periksa', 'Catat'],
    templateIds: [],
    escalation: 'Naikkan ke eksekutif bila belum selesai.',
    ...overrides,
  };
}

/** Creates a playbook through the API and returns its body; fails the test when refused. */
export async function createPlaybook(
  client: TestClient,
  workspaceId: number,
  input: { crisisType: string; title?: string; language?: 'id' | 'en'; steps?: PlaybookStep[]; note?: string },
) {
  const res = await client.post(`/api/workspaces/${workspaceId}/playbooks`, {
    title: `Panduan ${input.crisisType}`,
    language: 'id',
    steps: [makeStep('akui'), makeStep('selidiki', { ownerRole: 'monitor', dueAfterMinutes: 120 })],
    ...input,
  });
  if (res.status !== 200) throw new Error(`playbook creation failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; version: number; steps: PlaybookStep[] };
}
