import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../core/api';
import { declareBody, draftFromAlert } from './declare-draft';

const alert = {
  id: 7,
  brandId: 3,
  reason: { signal: 'negative_volume', category: null },
  impact: {
    scope: 'national',
    perHour: 90,
    speedRatio: 6,
    reach: 250_000,
    negativeShare: 0.7,
    categories: [{ category: 'data_privacy', mentions: 20 }],
    languages: {},
    platforms: { news: 3 },
  },
} as unknown as Alert;

describe('the declare form', () => {
  it('pre-fills the type, brand, numbers and flags from the alert', () => {
    const draft = draftFromAlert(alert, 'Kebocoran data');
    expect(draft).toMatchObject({ crisisType: 'data_privacy', brandId: 3, title: 'Kebocoran data' });
    expect(draft.assessment).toEqual({
      reach: 250_000,
      perHour: 90,
      speedRatio: 6,
      negativeShare: 0.7,
      scope: 'national',
      mediaPickup: 3,
      safety: false,
      legal: true,
    });
  });

  it('sends an override only when asked for, with the alert id', () => {
    const draft = draftFromAlert(alert, '  Kebocoran data ');
    expect(declareBody(draft, 7)).toMatchObject({ alertId: 7, title: 'Kebocoran data' });
    expect(declareBody(draft, 7)).not.toHaveProperty('severity');
    expect(declareBody({ ...draft, override: true, level: 4, reason: 'Regulator bertanya' }, null)).toMatchObject({
      severity: { level: 4, reason: 'Regulator bertanya' },
    });
    expect(declareBody(draftFromAlert(null, 'x'), null)).not.toHaveProperty('alertId');
  });
});
