import { describe, expect, it } from 'vitest';
import { crisisTypeOfAlert, defaultFlagsOf } from './crisis-type';

describe('crisis type from an alert', () => {
  it('reads coordinated posting as an attack, a category rule as its category, else the leading category', () => {
    expect(crisisTypeOfAlert({ signal: 'coordinated', category: null, categories: [] })).toBe('coordinated_attack');
    expect(crisisTypeOfAlert({ signal: 'category_volume', category: 'data_privacy', categories: [] })).toBe('data_privacy');
    expect(
      crisisTypeOfAlert({
        signal: 'negative_volume',
        category: null,
        categories: [
          { category: 'other', mentions: 50 },
          { category: 'product_quality', mentions: 30 },
        ],
      }),
    ).toBe('product_quality');
    expect(crisisTypeOfAlert({ signal: 'negative_share', category: null, categories: [{ category: 'other', mentions: 9 }] })).toBe(
      'negative_wave',
    );
  });

  it('leaves safety to people and flags legal exposure for data, accounts and scandals', () => {
    expect(defaultFlagsOf('product_quality')).toEqual({ safety: false, legal: false });
    expect(defaultFlagsOf('data_privacy')).toEqual({ safety: false, legal: true });
    expect(defaultFlagsOf('hoax')).toEqual({ safety: false, legal: false });
  });
});
