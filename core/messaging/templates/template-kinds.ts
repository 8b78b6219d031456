/** What a library template is for; decides what the tone check expects of it. */
export const TEMPLATE_KINDS = ['holding_statement', 'apology', 'clarification', 'hoax_correction', 'update', 'all_clear', 'reply'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_LANGUAGES = ['id', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}
