import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1] ?? '').sort();
}

describe('translations', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it('use the same placeholders in both languages', () => {
    const get = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keysOf(id)) {
      expect(placeholders(get(en, key)), key).toEqual(placeholders(get(id, key)));
    }
  });

  it('translate the role names as the team agreed', () => {
    expect(id.roles).toMatchObject({ owner: 'Pemilik', crisis_lead: 'Ketua tim krisis', viewer: 'Pengamat' });
  });
});
