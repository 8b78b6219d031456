import { describe, expect, it } from 'vitest';
import { withoutContradiction } from './category-choice';

describe('choosing crisis categories for a correction', () => {
  it('drops "other" once a real category is chosen', () => {
    expect(withoutContradiction(['other'], ['other', 'product_quality'])).toEqual(['product_quality']);
  });

  it('keeps only "other" when it is chosen', () => {
    expect(withoutContradiction(['outage', 'hoax'], ['outage', 'hoax', 'other'])).toEqual(['other']);
  });

  it('leaves a plain choice alone', () => {
    expect(withoutContradiction(['outage'], ['outage', 'hoax'])).toEqual(['outage', 'hoax']);
    expect(withoutContradiction(['outage'], [])).toEqual([]);
  });
});
