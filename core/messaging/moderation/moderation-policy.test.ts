import { describe, expect, it } from 'vitest';
import { type AuthorOffence, DEFAULT_MODERATION_POLICY, proposeClusterModeration, proposeModeration } from './moderation-policy';

const NOW = 1_700_000_000_000;
const DAY = 86_400_000;

function offences(kind: AuthorOffence['kind'], daysAgo: number[]): AuthorOffence[] {
  return daysAgo.map((d) => ({ kind, at: NOW - d * DAY }));
}

describe('proposeModeration', () => {
  it('answers criticism and ordinary comments, whatever the author did before', () => {
    const history = offences('spam', [1, 2, 3, 4]);
    expect(proposeModeration('critical', history, NOW)).toMatchObject({ action: 'answer', reason: 'criticism_is_answered' });
    expect(proposeModeration('ordinary', history, NOW)).toMatchObject({ action: 'answer', reason: 'civil' });
  });

  it('answers one rude comment, with hiding as the alternative, and never blocks for it', () => {
    expect(proposeModeration('rude', [], NOW)).toEqual({
      action: 'answer',
      alternatives: ['hide'],
      reason: 'rude_first_answer',
      offencesInWindow: 0,
    });
    expect(proposeModeration('rude', offences('rude', [1, 2, 3, 4, 5]), NOW).action).toBe('answer');
  });

  it('hides spam and abuse below the block threshold', () => {
    expect(proposeModeration('spam', [], NOW)).toMatchObject({ action: 'hide', reason: 'spam_hidden', offencesInWindow: 1 });
    expect(proposeModeration('abuse', offences('abuse', [1]), NOW)).toMatchObject({
      action: 'hide',
      reason: 'abuse_hidden',
      offencesInWindow: 2,
    });
  });

  it('proposes a block at the Nth offence within the window, counting this one', () => {
    expect(proposeModeration('spam', offences('spam', [1, 2]), NOW)).toEqual({
      action: 'propose_block',
      alternatives: ['hide'],
      reason: 'repeat_offender',
      offencesInWindow: 3,
    });
    expect(proposeModeration('abuse', offences('spam', [0.5, 6]), NOW).action).toBe('propose_block');
  });

  it('forgets offences older than the window', () => {
    expect(proposeModeration('spam', offences('spam', [8, 9, 10, 30]), NOW)).toMatchObject({ action: 'hide', offencesInWindow: 1 });
  });

  it('ignores history stamped after now, so a replay in event time judges as it was', () => {
    expect(proposeModeration('spam', offences('spam', [-1, -2]), NOW)).toMatchObject({ action: 'hide', offencesInWindow: 1 });
  });

  it('follows a configured N and T, and counts rudeness only when asked', () => {
    const strict = { ...DEFAULT_MODERATION_POLICY, blockAfter: 2, windowMs: DAY, countRude: true };
    expect(proposeModeration('rude', offences('rude', [0.5]), NOW, strict).action).toBe('propose_block');
    expect(proposeModeration('rude', offences('rude', [2]), NOW, strict).action).toBe('answer');
  });

  it('never proposes a block on a single comment, even when configured to', () => {
    const reckless = { ...DEFAULT_MODERATION_POLICY, blockAfter: 1 };
    expect(proposeModeration('abuse', [], NOW, reckless).action).toBe('hide');
    expect(proposeModeration('abuse', offences('abuse', [1]), NOW, reckless).action).toBe('propose_block');
  });
});

describe('proposeClusterModeration', () => {
  it('hides a coordinated cluster in bulk', () => {
    const cluster = { coordinated: true, itemIds: ['m1', 'm2', 'm3', 'm3'], accountIds: ['a', 'b', 'c'] };
    expect(proposeClusterModeration(cluster)).toEqual({ action: 'hide_all', itemIds: ['m1', 'm2', 'm3'] });
  });

  it('leaves an uncoordinated cluster or one with too few accounts to be reviewed one by one', () => {
    expect(proposeClusterModeration({ coordinated: false, itemIds: ['m1', 'm2', 'm3'], accountIds: ['a', 'b', 'c'] })).toEqual({
      action: 'review_each',
      reason: 'not_coordinated',
    });
    expect(proposeClusterModeration({ coordinated: true, itemIds: ['m1', 'm2', 'm3'], accountIds: ['a', 'a', 'b'] })).toEqual({
      action: 'review_each',
      reason: 'too_few_accounts',
    });
  });
});
