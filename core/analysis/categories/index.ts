export { classifyCategories, classifyWordRecords } from './category.classifier';
export { CategoryRulesError, categoryRulesSchema, parseCategoryRules, type CategoryRule, type CategoryRules } from './category-rules';
export { DEFAULT_CATEGORY_RULES } from './category-rules.default';
export { findRoot, rootCandidates } from './affix-stripper';
