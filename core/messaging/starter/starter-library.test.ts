import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../templates/template-check';
import { listStarterTemplates } from './starter-library';
import { STARTER_CRISIS_TYPES } from './starter-situations';

const all = listStarterTemplates();

describe('starter library', () => {
  it('has every crisis type of the playbooks in both languages, with the same keys in each', () => {
    for (const type of STARTER_CRISIS_TYPES) {
      const keys = (language: 'id' | 'en') => all.filter((t) => t.crisisType === type && t.language === language).map((t) => t.key);
      expect(keys('id').length).toBeGreaterThanOrEqual(6);
      expect(keys('id')).toEqual(keys('en'));
    }
  });

  it('apologises only where the brand is at fault and corrects hoaxes only where there is one', () => {
    expect(all.some((t) => t.crisisType === 'hoax' && t.kind === 'apology')).toBe(false);
    expect(all.some((t) => t.crisisType === 'hoax' && t.kind === 'hoax_correction')).toBe(true);
    expect(all.some((t) => t.crisisType === 'outage' && t.kind === 'hoax_correction')).toBe(false);
    expect(all.some((t) => t.crisisType === 'outage' && t.kind === 'apology')).toBe(true);
  });

  it.each(all.map((t) => [`${t.key} (${t.language})`, t] as const))(
    '%s parses, passes the tone check clean and fits its channel',
    (_, t) => {
      const check = checkTemplate(t.body, t);
      expect(check.errors).toEqual([]);
      expect(check.findings.map((f) => `${f.rule}: ${JSON.stringify(f.explanation.params)}`)).toEqual([]);
      expect(check.fit.fits).toBe(true);
    },
  );

  it('uses the variables a crisis team fills in, so nothing names a brand or an address of its own', () => {
    for (const t of all) {
      expect(/\{(update_url|contact)\}/.test(t.body)).toBe(true);
      if (t.kind !== 'reply') expect(t.body).toContain('{brand}');
    }
  });
});
