import { type ChannelLength, measureChannelText } from './channel-length';
import type { ChannelId } from './channels';
import { type ParsedTemplate, type TemplateError, parseTemplate } from './template-parser';
import { TEMPLATE_VARIABLE_DESCRIPTIONS, type TemplateVariable } from './template-variables';

export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface RenderedTemplate {
  /** The text with every value filled in; a variable without a value stays as `{name}`. */
  text: string;
  /** Variables the template uses that have no value (missing or blank), in order of first use. */
  missing: TemplateVariable[];
  /** Parse errors; when there are any the text is the body as written. */
  errors: TemplateError[];
}

function hasValue(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * Fills a template's variables. A variable without a value is reported in `missing` and left as
 * `{name}` rather than silently emptied, so the tone check's unfilled-variable rule still stops it.
 */
export function renderTemplate(template: string | ParsedTemplate, values: TemplateValues): RenderedTemplate {
  const parsed = typeof template === 'string' ? parseTemplate(template) : template;
  if (parsed.errors.length > 0) {
    const text = parsed.segments.map((s) => (s.kind === 'text' ? s.text : `{${s.name}}`)).join('');
    return { text, missing: [], errors: parsed.errors };
  }
  const missing = parsed.variables.filter((name) => !hasValue(values[name]));
  const text = parsed.segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const value = values[segment.name];
      return hasValue(value) ? value : `{${segment.name}}`;
    })
    .join('');
  return { text, missing, errors: [] };
}

export interface TemplateFit extends ChannelLength {
  /** Variables measured with their example value because no value was given. */
  assumed: TemplateVariable[];
}

/**
 * Whether a template fits a channel once rendered. Variables without a value are measured with
 * their example, so a library template can be checked before any incident fills it in.
 */
export function checkTemplateFits(template: string | ParsedTemplate, channel: ChannelId, values: TemplateValues = {}): TemplateFit {
  const parsed = typeof template === 'string' ? parseTemplate(template) : template;
  const filled: TemplateValues = { ...values };
  const assumed: TemplateVariable[] = [];
  for (const name of parsed.variables) {
    if (hasValue(values[name])) continue;
    filled[name] = TEMPLATE_VARIABLE_DESCRIPTIONS[name].example;
    assumed.push(name);
  }
  return { ...measureChannelText(renderTemplate(parsed, filled).text, channel), assumed };
}
