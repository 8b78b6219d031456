import { describe, expect, it } from 'vitest';
import { dayBoundary, EMPTY_FILTERS, hasActiveFilters, readMentionFilters, toMentionQuery, writeMentionFilters } from './mention-filters';

describe('mention filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      q: 'kecewa',
      brandId: '3',
      platform: 'instagram',
      language: 'id',
      author: '@budi',
      from: '2025-01-01',
      to: '2025-01-31',
      sentiment: 'negative',
      category: 'product_quality',
      spam: 'hide',
      toxic: '1',
      cluster: '9f3a0c1d2e4b5a67',
      post: '1790012345678',
      after: '1763712000000',
      before: '1763713200000',
    };
    const params = writeMentionFilters(filters);
    expect(readMentionFilters(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('leaves empty filters out of the URL and keeps unrelated parameters', () => {
    const params = writeMentionFilters({ ...EMPTY_FILTERS, q: 'basi' }, new URLSearchParams('mention=7&platform=x'));
    expect(params.toString()).toBe('mention=7&q=basi');
  });

  it('drops malformed brand ids and dates read from a hand-edited link', () => {
    const filters = readMentionFilters(
      new URLSearchParams('brandId=abc&from=yesterday&to=2025-13&sentiment=angry&spam=maybe&toxic=yes&cluster=%3Cscript%3E'),
    );
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(hasActiveFilters(filters)).toBe(false);
  });
});

describe('toMentionQuery', () => {
  it('sends only the filters that are set, with a numeric brand id', () => {
    expect(toMentionQuery({ ...EMPTY_FILTERS, q: '  promo  ', brandId: '12' })).toEqual({ q: 'promo', brandId: 12 });
  });

  it('turns the analysis filters into API parameters', () => {
    expect(toMentionQuery({ ...EMPTY_FILTERS, sentiment: 'negative', category: 'outage', spam: 'hide', toxic: '1' })).toEqual({
      sentiment: 'negative',
      category: 'outage',
      spam: 'hide',
      minToxicity: 0.5,
    });
  });

  it('asks for one post and its replies on its platform', () => {
    expect(toMentionQuery({ ...EMPTY_FILTERS, platform: 'x', post: '1790012345678' })).toEqual({ platform: 'x', post: '1790012345678' });
  });

  it("lets an exact time window (an alert's) win over the days", () => {
    const query = toMentionQuery({ ...EMPTY_FILTERS, from: '2025-03-01', after: '1763712000000', before: '1763713200000' });
    expect(query.from).toBe('2025-11-21T08:00:00.000Z');
    expect(query.to).toBe('2025-11-21T08:20:00.000Z');
    expect(readMentionFilters(new URLSearchParams('after=soon&before=12')).after).toBe('');
  });

  it('includes the whole "to" day in the range', () => {
    const query = toMentionQuery({ ...EMPTY_FILTERS, from: '2025-03-01', to: '2025-03-01' });
    const from = Date.parse(query.from ?? '');
    const to = Date.parse(query.to ?? '');
    expect(to - from).toBe(24 * 60 * 60 * 1000 - 1);
    expect(new Date(from).getHours()).toBe(0);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(dayBoundary('01/03/2025', 'start')).toBeUndefined();
  });
});
