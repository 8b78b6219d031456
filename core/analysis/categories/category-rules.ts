import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../analysis.types';

/**
 * Category rules a workspace can edit: per category, single-word terms (matched on normalised
 * words and on their Indonesian roots), multi-word phrases (matched on consecutive words) and
 * exclusions (any of which vetoes the category for that text).
 */
export interface CategoryRule {
  category: CrisisCategory;
  terms: string[];
  phrases?: string[];
  exclude?: string[];
}

export interface CategoryRules {
  version: 1;
  categories: CategoryRule[];
}

const assignable = CRISIS_CATEGORIES.filter((c) => c !== 'other') as [CrisisCategory, ...CrisisCategory[]];
const word = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .refine((s) => !/\s/.test(s), 'must be one word (put multi-word entries in phrases)');
const phrase = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

export const categoryRulesSchema = z.object({
  version: z.literal(1),
  categories: z
    .array(
      z.object({
        category: z.enum(assignable, { error: `must be one of ${assignable.join(', ')}` }),
        terms: z.array(word).max(2000),
        phrases: z.array(phrase).max(2000).optional(),
        exclude: z.array(phrase).max(500).optional(),
      }),
    )
    .max(50)
    .refine((list) => new Set(list.map((c) => c.category)).size === list.length, 'each category may appear only once'),
});

export class CategoryRulesError extends Error {
  constructor(
    message: string,
    /** Each problem as `path: message`, e.g. `categories.2.terms.0: must not be empty`. */
    readonly issues: string[],
  ) {
    super(message);
    this.name = 'CategoryRulesError';
  }
}

/** Validates category rules from JSON (text or parsed); throws CategoryRulesError naming the bad fields. */
export function parseCategoryRules(json: unknown): CategoryRules {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new CategoryRulesError(`category rules are not valid JSON: ${(error as Error).message}`, ['(root): not valid JSON']);
    }
  }
  const result = categoryRulesSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
    throw new CategoryRulesError(`invalid category rules: ${issues.join('; ')}`, issues);
  }
  return result.data;
}
