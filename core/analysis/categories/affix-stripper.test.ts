import { describe, expect, it } from 'vitest';
import { findRoot, rootCandidates } from './affix-stripper';

const ROOTS = new Set([
  'racun',
  'bunuh',
  'bocor',
  'bajak',
  'retas',
  'tipu',
  'kirim',
  'pukul',
  'tulis',
  'sapu',
  'lambat',
  'tagih',
  'rusak',
  'kecewa',
  'baik',
]);

describe('affix stripper', () => {
  it.each([
    ['keracunan', 'racun'],
    ['diracun', 'racun'],
    ['meracuni', 'racun'],
    ['membunuh', 'bunuh'],
    ['kebocoran', 'bocor'],
    ['dibajak', 'bajak'],
    ['diretas', 'retas'],
    ['penipuan', 'tipu'],
    ['pengiriman', 'kirim'],
    ['memukul', 'pukul'],
    ['menulis', 'tulis'],
    ['menyapu', 'sapu'],
    ['terlambat', 'lambat'],
    ['tagihannya', 'tagih'],
    ['rusaknya', 'rusak'],
    ['mengecewakan', 'kecewa'],
    ['diperbaiki', 'baik'],
  ])('%s → %s', (word, root) => {
    expect(findRoot(word, ROOTS)).toBe(root);
  });

  it('prefers the word itself and never makes roots shorter than three letters', () => {
    expect(rootCandidates('racun')[0]).toBe('racun');
    expect(rootCandidates('diam').every((c) => c.length >= 3)).toBe(true);
    expect(findRoot('mentah', new Set(['ttah']))).toBeUndefined();
  });
});
