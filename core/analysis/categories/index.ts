export { classifyCategories } from './category.classifier.js';
export { CategoryRulesError, categoryRulesSchema, parseCategoryRules, type CategoryRule, type CategoryRules } from './category-rules.js';
export { DEFAULT_CATEGORY_RULES } from './category-rules.default.js';
export { findRoot, rootCandidates } from './affix-stripper.js';
