import { describe, expect, it } from 'vitest';
import { describeMessage } from '../messages';
import { type InboxCandidate, RISK_FACTORS, explainRiskFactor, rankInboxItems, scoreInboxRisk } from './inbox-risk';

const NOW = 1_700_000_000_000;
const HOUR = 3_600_000;
const options = { now: NOW, responseTargetMs: 2 * HOUR };

function mention(id: string, extra: Partial<InboxCandidate> = {}): InboxCandidate {
  return {
    id,
    createdAt: NOW - 10 * 60_000,
    sentiment: 'neutral',
    negativeProbability: 0.2,
    reach: 100,
    engagementPerHour: 1,
    authorFollowers: 100,
    linkedToActiveIncident: false,
    ...extra,
  };
}

describe('scoreInboxRisk', () => {
  it('explains the score as the sum of its factors', () => {
    const risk = scoreInboxRisk(mention('a', { sentiment: 'negative', negativeProbability: 0.9, linkedToActiveIncident: true }), options);
    expect(risk.factors.map((f) => f.factor)).toEqual([...RISK_FACTORS]);
    const sum = risk.factors.reduce((s, f) => s + f.points, 0);
    expect(Math.abs(sum - risk.score)).toBeLessThan(0.5);
    expect(risk.factors.find((f) => f.factor === 'incident')?.points).toBe(20);
    expect(risk.factors.find((f) => f.factor === 'sentiment')?.points).toBe(27);
  });

  it('scores a negative mention above the same mention when neutral', () => {
    const negative = scoreInboxRisk(mention('a', { sentiment: 'negative', negativeProbability: 0.8 }), options).score;
    const neutral = scoreInboxRisk(mention('a', { sentiment: 'neutral', negativeProbability: 0.8 }), options).score;
    const mild = scoreInboxRisk(mention('a', { sentiment: 'negative', negativeProbability: 0.5 }), options).score;
    expect(negative).toBeGreaterThan(neutral);
    expect(negative).toBeGreaterThan(mild);
  });

  it('rises with reach, velocity and followers on a log scale that saturates', () => {
    const score = (extra: Partial<InboxCandidate>) => scoreInboxRisk(mention('a', extra), options).score;
    expect(score({ reach: 100_000 })).toBeGreaterThan(score({ reach: 1_000 }));
    expect(score({ engagementPerHour: 500 })).toBeGreaterThan(score({ engagementPerHour: 5 }));
    expect(score({ authorFollowers: 2_000_000 })).toBeGreaterThan(score({ authorFollowers: 2_000 }));
    expect(score({ reach: 50_000_000 })).toBe(score({ reach: 1_000_000 }));
  });

  it('counts waiting against the response-time target and marks overdue mentions', () => {
    const fresh = scoreInboxRisk(mention('a', { createdAt: NOW }), options);
    const half = scoreInboxRisk(mention('a', { createdAt: NOW - HOUR }), options);
    const late = scoreInboxRisk(mention('a', { createdAt: NOW - 3 * HOUR }), options);
    expect(fresh.factors.find((f) => f.factor === 'waiting')?.value).toBe(0);
    expect(half.factors.find((f) => f.factor === 'waiting')?.value).toBe(0.5);
    expect(late.factors.find((f) => f.factor === 'waiting')?.value).toBe(1);
    expect([fresh.overdue, half.overdue, late.overdue]).toEqual([false, false, true]);
  });

  it('reads a mention stamped in the future (a skewed clock) as not waiting yet', () => {
    const risk = scoreInboxRisk(mention('a', { createdAt: NOW + HOUR }), options);
    expect(risk.factors.find((f) => f.factor === 'waiting')?.value).toBe(0);
    expect(risk.overdue).toBe(false);
  });

  it('takes custom weights and normalises them', () => {
    const onlyIncident = { ...options, weights: { sentiment: 0, reach: 0, velocity: 0, influence: 0, waiting: 0, incident: 5 } };
    expect(scoreInboxRisk(mention('a', { linkedToActiveIncident: true }), onlyIncident).score).toBe(100);
    expect(scoreInboxRisk(mention('a'), onlyIncident).score).toBe(0);
  });

  it('explains each factor in both languages', () => {
    const risk = scoreInboxRisk(mention('a', { negativeProbability: 0.87, sentiment: 'negative', reach: 12_000 }), options);
    const [sentiment, reach] = risk.factors;
    expect(describeMessage(explainRiskFactor(sentiment!), 'en')).toBe('87% likely negative (+26.1)');
    expect(describeMessage(explainRiskFactor(reach!), 'id')).toMatch(/^Jangkauan 12000 orang \(\+\d+(\.\d)?\)$/);
    for (const factor of risk.factors) {
      for (const locale of ['id', 'en'] as const) expect(describeMessage(explainRiskFactor(factor), locale)).not.toMatch(/inbox\.|\{\{/);
    }
  });
});

describe('rankInboxItems', () => {
  it('puts the crisis-linked, angry, viral mention first', () => {
    const items = [
      mention('calm-question', { sentiment: 'neutral', negativeProbability: 0.1 }),
      mention('viral-complaint', {
        sentiment: 'negative',
        negativeProbability: 0.95,
        reach: 400_000,
        engagementPerHour: 300,
        authorFollowers: 150_000,
        linkedToActiveIncident: true,
      }),
      mention('small-complaint', { sentiment: 'negative', negativeProbability: 0.9 }),
    ];
    expect(rankInboxItems(items, options).map((r) => r.item.id)).toEqual(['viral-complaint', 'small-complaint', 'calm-question']);
  });

  it('breaks ties by waiting time, then by id, whatever the input order', () => {
    const older = mention('b', { createdAt: NOW - 20 * 60_000 });
    const sameTimeA = mention('a');
    const sameTimeC = mention('c');
    // Equal scores need equal waiting factors: a target so long that both round to the same score.
    const longTarget = { now: NOW, responseTargetMs: 1_000 * HOUR };
    const forward = rankInboxItems([sameTimeC, older, sameTimeA], longTarget).map((r) => r.item.id);
    const backward = rankInboxItems([sameTimeA, sameTimeC, older], longTarget).map((r) => r.item.id);
    expect(forward).toEqual(['b', 'a', 'c']);
    expect(backward).toEqual(forward);
  });
});
