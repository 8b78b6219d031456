import { describe, expect, it } from 'vitest';
import { type CommentSignals, checkBlock, classifyComment, followsProposal, offencesOf } from './comment-kind';
import { proposeModeration } from './moderation-policy';

const NOW = 1_700_000_000_000;
const civil: CommentSignals = { spam: false, toxicity: 0, sentiment: 'neutral', categories: ['other'] };

describe('classifyComment', () => {
  it('reads spam before anything else, even in a toxic or negative comment', () => {
    expect(classifyComment({ ...civil, spam: true, toxicity: 0.9, sentiment: 'negative' })).toBe('spam');
  });

  it('calls a toxic comment with nothing real in it abuse, and one about a real problem rude', () => {
    expect(classifyComment({ ...civil, toxicity: 0.99, sentiment: 'negative' })).toBe('abuse');
    expect(classifyComment({ ...civil, toxicity: 0.92, sentiment: 'negative', categories: ['service_delivery'] })).toBe('rude');
  });

  it('calls a mildly impolite comment rude, a negative civil one critical and the rest ordinary', () => {
    expect(classifyComment({ ...civil, toxicity: 0.3 })).toBe('rude');
    expect(classifyComment({ ...civil, toxicity: 0.1, sentiment: 'negative', categories: ['product_quality'] })).toBe('critical');
    expect(classifyComment({ ...civil, sentiment: 'positive' })).toBe('ordinary');
    expect(classifyComment(null)).toBe('ordinary');
  });
});

describe('offencesOf and checkBlock', () => {
  it('keeps only spam, abuse and rudeness as offences', () => {
    expect(
      offencesOf([
        { kind: 'spam', at: 1 },
        { kind: 'critical', at: 2 },
        { kind: 'rude', at: 3 },
        { kind: 'ordinary', at: 4 },
      ]),
    ).toEqual([
      { kind: 'spam', at: 1 },
      { kind: 'rude', at: 3 },
    ]);
  });

  it('never blocks over one rude comment or criticism, even with a reason', () => {
    const rude = proposeModeration('rude', [], NOW);
    expect(checkBlock('rude', rude, [], 'dia menyebalkan')).toEqual({ allowed: false, refusal: 'single_rude_comment' });
    const critical = proposeModeration('critical', [], NOW);
    expect(checkBlock('critical', critical, [], 'terlalu keras')).toEqual({ allowed: false, refusal: 'criticism_is_answered' });
  });

  it('blocks on the proposal, and on an explicit reason only for spam, abuse or a repeat', () => {
    const history = [
      { kind: 'spam' as const, at: NOW - 1000 },
      { kind: 'spam' as const, at: NOW - 2000 },
    ];
    expect(checkBlock('spam', proposeModeration('spam', history, NOW), history, null)).toEqual({ allowed: true, basis: 'proposal' });
    const once = proposeModeration('abuse', [], NOW);
    expect(checkBlock('abuse', once, [], '  ')).toEqual({ allowed: false, refusal: 'override_reason_needed' });
    expect(checkBlock('abuse', once, [], 'ancaman pembunuhan')).toEqual({ allowed: true, basis: 'override' });
  });

  it('says when an action follows the proposal and when a reason is owed', () => {
    const rude = proposeModeration('rude', [], NOW);
    expect(followsProposal(rude, 'hide')).toBe(true);
    expect(followsProposal(rude, 'delete')).toBe(false);
    expect(followsProposal(rude, 'block')).toBe(false);
    const critical = proposeModeration('critical', [], NOW);
    expect(followsProposal(critical, 'hide')).toBe(false);
    const spam = proposeModeration('spam', [], NOW);
    expect(followsProposal(spam, 'delete')).toBe(true);
  });
});
