import { describe, expect, it } from 'vitest';
import { PlaybookStepsSchema } from '../../api/plan';
import { CRISIS_TYPES } from '../plan.types';
import { listStarterTemplates } from '../../messaging/starter';
import { STARTER_PLAYBOOKS, STARTER_POLICY, localiseStarterPlaybook } from './index';

const LANGUAGES = ['id', 'en'] as const;

describe('the starter library', () => {
  it('covers each crisis the plan names once, plus a general playbook for every other type', () => {
    const types = STARTER_PLAYBOOKS.map((p) => p.crisisType);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(
      expect.arrayContaining([
        'offensive_content',
        'negative_wave',
        'data_privacy',
        'account_security',
        'product_quality',
        'outage',
        'scandal_legal',
        'hoax',
        'coordinated_attack',
        'other',
      ]),
    );
    expect(types.every((t) => (CRISIS_TYPES as readonly string[]).includes(t))).toBe(true);
    expect(new Set(STARTER_PLAYBOOKS.map((p) => p.key)).size).toBe(STARTER_PLAYBOOKS.length);
  });

  it.each(STARTER_PLAYBOOKS.map((p) => [p.key, p] as const))('%s is a valid playbook of 5–9 steps in both languages', (_key, starter) => {
    for (const language of LANGUAGES) {
      const { title, steps } = localiseStarterPlaybook(starter, language);
      expect(title.length).toBeGreaterThan(3);
      const parsed = PlaybookStepsSchema.safeParse(steps);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(steps.length).toBeGreaterThanOrEqual(5);
      expect(steps.length).toBeLessThanOrEqual(9);
      for (const step of steps) {
        expect(step.description.length, step.key).toBeGreaterThan(20);
        expect(step.checklist.length, step.key).toBeGreaterThanOrEqual(2);
        expect(step.escalation.length, step.key).toBeGreaterThan(10);
      }
    }
    // Most urgent first: the first step is due within the first hour.
    expect(starter.steps[0]?.dueAfterMinutes).toBeLessThanOrEqual(60);
  });

  it.each(STARTER_PLAYBOOKS.map((p) => [p.key, p] as const))(
    '%s has the same steps and checklists in Indonesian and English',
    (_key, starter) => {
      const id = localiseStarterPlaybook(starter, 'id').steps;
      const en = localiseStarterPlaybook(starter, 'en').steps;
      expect(id.map((s) => [s.key, s.ownerRole, s.dueAfterMinutes, s.checklist.length])).toEqual(
        en.map((s) => [s.key, s.ownerRole, s.dueAfterMinutes, s.checklist.length]),
      );
      // The two languages are really translated, not copied.
      id.forEach((step, i) => expect(step.title).not.toBe(en[i]?.title));
    },
  );

  it('has a policy in both languages with the same five sections', () => {
    const sections = (body: string) => body.split('\n').filter((line) => line.startsWith('## '));
    expect(sections(STARTER_POLICY.id.body)).toHaveLength(5);
    expect(sections(STARTER_POLICY.en.body)).toHaveLength(5);
  });
});

describe('templates named by the starter playbooks', () => {
  it("are starter templates of the message library, in both languages, of the playbook's own crisis type", () => {
    const byLanguage = new Map(LANGUAGES.map((language) => [language, new Set(listStarterTemplates(language).map((t) => t.key))]));
    let named = 0;
    for (const playbook of STARTER_PLAYBOOKS) {
      for (const step of playbook.steps) {
        for (const id of step.templateIds ?? []) {
          named++;
          expect(id, `${playbook.key}/${step.key}`).toMatch(new RegExp(`^starter\\.${playbook.crisisType}\\.[a-z_]+$`));
          for (const language of LANGUAGES)
            expect(byLanguage.get(language)!.has(id), `${playbook.key}/${step.key}: ${id} (${language})`).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThanOrEqual(STARTER_PLAYBOOKS.length);
  });

  it('leave the general playbook without templates, since the library has none for "other"', () => {
    const general = STARTER_PLAYBOOKS.find((p) => p.crisisType === 'other')!;
    expect(general.steps.flatMap((s) => s.templateIds ?? [])).toEqual([]);
  });
});
