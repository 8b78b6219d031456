import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INBOX_RULES,
  DEFAULT_INBOX_SETTINGS,
  type InboxRules,
  arrivesInTime,
  canMoveInboxStatus,
  classifyPriority,
  evaluateInboxRules,
  replyNeedsApproval,
  rulesForBrand,
} from './inbox-rules';

const owned = new Set(['rasamie_id']);
const input = (extra: Partial<Parameters<typeof evaluateInboxRules>[0]> = {}) => ({
  text: 'Mienya enak',
  sentiment: 'positive' as const,
  categories: ['other' as const],
  reach: 10,
  ...extra,
});

describe('evaluateInboxRules', () => {
  it('needs no answer for a happy mention', () => {
    expect(evaluateInboxRules(input(), DEFAULT_INBOX_RULES, owned)).toEqual([]);
  });

  it('lists every reason that matches', () => {
    const reasons = evaluateInboxRules(
      input({ text: '@rasamie_id kapan refund saya diproses', sentiment: 'negative', categories: ['price_billing'] }),
      { ...DEFAULT_INBOX_RULES, minReach: 5 },
      owned,
    );
    expect(reasons).toEqual(['negative', 'question', 'complaint', 'owned_thread', 'reach']);
  });

  it('obeys switched-off conditions', () => {
    const none: InboxRules = { negative: false, question: false, complaintCategories: [], ownedThread: false, minReach: null };
    expect(
      evaluateInboxRules(input({ text: '@rasamie_id kenapa jelek?', sentiment: 'negative', categories: ['outage'] }), none, owned),
    ).toEqual([]);
  });

  it('matches owned handles case-insensitively, not other handles', () => {
    const rules = { ...DEFAULT_INBOX_RULES, negative: false, question: false, complaintCategories: [] };
    expect(evaluateInboxRules(input({ text: 'Halo @RasaMie_ID.' }), rules, owned)).toEqual(['owned_thread']);
    expect(evaluateInboxRules(input({ text: 'Halo @rasamie_idn' }), rules, owned)).toEqual([]);
  });
});

describe('settings and policy', () => {
  it('uses a brand’s own rules when it has them', () => {
    const own = { ...DEFAULT_INBOX_RULES, negative: false };
    const settings = { ...DEFAULT_INBOX_SETTINGS, brandRules: [{ brandId: 7, rules: own }] };
    expect(rulesForBrand(settings, 7)).toBe(own);
    expect(rulesForBrand(settings, 8)).toBe(settings.rules);
    expect(rulesForBrand(settings, null)).toBe(settings.rules);
  });

  it('takes mentions that arrive within the window after posting, and all of them without a window', () => {
    const day = 86_400_000;
    const now = 100 * day;
    expect(DEFAULT_INBOX_SETTINGS.maxAgeDays).toBe(7);
    expect(arrivesInTime({ maxAgeDays: 7 }, now - 7 * day, now)).toBe(true);
    expect(arrivesInTime({ maxAgeDays: 7 }, now - 7 * day - 1, now)).toBe(false);
    expect(arrivesInTime({ maxAgeDays: 1 }, now + day, now)).toBe(true);
    expect(arrivesInTime({ maxAgeDays: null }, 0, now)).toBe(true);
  });

  it('classifies priority: incident, then high risk, then normal', () => {
    expect(classifyPriority({ negativeProbability: 0.1, sentiment: 'neutral', reach: 0, incident: true })).toBe('incident');
    expect(classifyPriority({ negativeProbability: 0.9, sentiment: 'negative', reach: 0, incident: false })).toBe('high');
    expect(classifyPriority({ negativeProbability: 0.1, sentiment: 'neutral', reach: 50_000, incident: false })).toBe('high');
    expect(classifyPriority({ negativeProbability: 0.6, sentiment: 'negative', reach: 10, incident: false })).toBe('normal');
  });

  it('moves statuses only along the machine', () => {
    expect(canMoveInboxStatus('open', 'pending')).toBe(true);
    expect(canMoveInboxStatus('closed', 'open')).toBe(true);
    expect(canMoveInboxStatus('closed', 'replied')).toBe(false);
    expect(canMoveInboxStatus('replied', 'pending')).toBe(false);
  });

  it('asks for approval during an incident or for chosen roles', () => {
    const policy = { duringIncident: true, roles: ['responder'] };
    expect(replyNeedsApproval(policy, { role: 'crisis_lead', brandHasOpenIncident: true })).toBe('incident');
    expect(replyNeedsApproval(policy, { role: 'responder', brandHasOpenIncident: false })).toBe('role');
    expect(replyNeedsApproval(policy, { role: 'crisis_lead', brandHasOpenIncident: false })).toBeNull();
    expect(replyNeedsApproval({ duringIncident: false, roles: [] }, { role: 'responder', brandHasOpenIncident: true })).toBeNull();
  });
});
