import { describe, expect, it } from 'vitest';
import { CategoryRulesError, parseCategoryRules } from './category-rules';

function issuesOf(json: unknown): string[] {
  try {
    parseCategoryRules(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CategoryRulesError);
    return (error as CategoryRulesError).issues;
  }
  throw new Error('expected the rules to be rejected');
}

describe('parseCategoryRules', () => {
  it('accepts valid rules as text or object', () => {
    const rules = {
      version: 1,
      categories: [{ category: 'outage', terms: ['down'], phrases: ['tidak bisa login'], exclude: ['down payment'] }],
    };
    expect(parseCategoryRules(rules)).toEqual(rules);
    expect(parseCategoryRules(JSON.stringify(rules))).toEqual(rules);
  });

  it('names the path of a bad field', () => {
    expect(issuesOf({ version: 1, categories: [{ category: 'outage', terms: ['down', ''] }] })[0]).toMatch(/^categories\.0\.terms\.1: /);
    expect(issuesOf({ version: 1, categories: [{ category: 'weather', terms: [] }] })[0]).toMatch(
      /^categories\.0\.category: must be one of/,
    );
    expect(issuesOf({ version: 2, categories: [] })[0]).toMatch(/^version: /);
    expect(issuesOf({ version: 1, categories: [{ category: 'hoax', terms: ['berita palsu'] }] })[0]).toMatch(
      /^categories\.0\.terms\.0: must be one word/,
    );
  });

  it('rejects a category listed twice, the category other, and invalid JSON', () => {
    const twice = {
      version: 1,
      categories: [
        { category: 'hoax', terms: ['a'] },
        { category: 'hoax', terms: ['b'] },
      ],
    };
    expect(issuesOf(twice)[0]).toMatch(/^categories: each category may appear only once/);
    expect(issuesOf({ version: 1, categories: [{ category: 'other', terms: ['x'] }] })[0]).toMatch(/^categories\.0\.category/);
    expect(issuesOf('{ not json')[0]).toMatch(/not valid JSON/);
  });
});
