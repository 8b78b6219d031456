import { checkTone } from '../tone/check-tone';
import type { ToneFinding, ToneSituation } from '../tone/tone.types';
import type { ChannelId } from './channels';
import type { TemplateKind, TemplateLanguage } from './template-kinds';
import { type TemplateError, parseTemplate } from './template-parser';
import { type TemplateFit, checkTemplateFits } from './template-render';

export interface TemplateTarget {
  kind: TemplateKind;
  channel: ChannelId;
  language: TemplateLanguage;
}

export interface TemplateCheck {
  errors: TemplateError[];
  findings: ToneFinding[];
  fit: TemplateFit;
}

/** A reply answers a complaint; every other kind is a statement made during a crisis. */
export function readTemplateSituation(kind: TemplateKind): ToneSituation {
  return kind === 'reply' ? { kind: 'reply', answering: 'complaint' } : { kind: 'statement', duringIncident: true };
}

/**
 * Checks a library template as written: parse errors with their positions, the tone of the body
 * (spans point into the body, so the editor can highlight them), and whether it fits its channel
 * once its variables hold their example values. Variables are the point of a template, so the
 * unfilled-variable rule is left to the moment it is used; length is measured rendered, not raw.
 */
export function checkTemplate(body: string, target: TemplateTarget): TemplateCheck {
  const parsed = parseTemplate(body);
  const findings = checkTone(body, { situation: readTemplateSituation(target.kind), answering: { language: target.language } }).filter(
    (f) => f.rule !== 'unfilled_variable',
  );
  const fit = checkTemplateFits(parsed, target.channel);
  if (!fit.fits) {
    const { length, limit, over } = fit;
    const params = { length, limit, over, channel: target.channel };
    findings.unshift({
      rule: 'too_long',
      severity: 'block',
      spans: [],
      explanation: { key: 'tone.too_long.explanation', params },
      fix: { key: 'tone.too_long.fix', params },
    });
  }
  return { errors: parsed.errors, findings, fit };
}
