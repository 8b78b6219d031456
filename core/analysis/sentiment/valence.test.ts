import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text';
import { markWords } from './sentiment-features';
import { scoreValence } from './valence-scorer';
import { buildHashedValenceTable } from './valence-table';

const table = buildHashedValenceTable(
  [
    ['good', 1.9],
    ['great', 3.1],
    ['bad', -2.5],
    ['terrible', -2.1],
  ],
  16,
);

function valenceOf(text: string) {
  const normalised = normaliseText(text);
  return scoreValence(normalised, table, markWords(normalised.words, normalised.breaks).negated);
}

describe('hashed valence table', () => {
  it('keeps valences in half points and knows nothing of other words', () => {
    expect(table.get('good')).toBe(2);
    expect(table.get('great')).toBe(3);
    expect(table.get('bad')).toBe(-2.5);
    expect(table.get('makanan')).toBeUndefined();
  });
});

describe('scoreValence', () => {
  it('is positive, negative or zero with the words', () => {
    expect(valenceOf('the food was good').compound).toBeGreaterThan(0.3);
    expect(valenceOf('the food was bad').compound).toBeLessThan(-0.3);
    expect(valenceOf('the food was served').compound).toBe(0);
  });

  it('flips under negation within the clause only', () => {
    expect(valenceOf('the food was not good').compound).toBeLessThan(0);
    expect(valenceOf('not bad. terrible service').compound).toBeLessThan(0);
  });

  it('weighs intensifiers, capitals, exclamation marks and the clause after but', () => {
    const plain = valenceOf('the food was good').compound;
    expect(valenceOf('the food was very good').compound).toBeGreaterThan(plain);
    expect(valenceOf('the food was GOOD').compound).toBeGreaterThan(plain);
    expect(valenceOf('the food was good!!').compound).toBeGreaterThan(plain);
    expect(valenceOf('the food was good but the service was terrible').compound).toBeLessThan(0);
  });

  it('counts emoji with the project’s own valences', () => {
    expect(valenceOf('pesanan datang 😡').compound).toBeLessThan(0);
    expect(valenceOf('pesanan datang 😍').compound).toBeGreaterThan(0);
  });
});
