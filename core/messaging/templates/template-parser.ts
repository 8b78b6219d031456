import type { MessagingMessage } from '../messaging.types';
import { TEMPLATE_VARIABLES, type TemplateVariable, isTemplateVariable } from './template-variables';

export type TemplateErrorCode =
  'unclosed_brace' | 'unmatched_close_brace' | 'empty_variable' | 'invalid_variable_name' | 'unknown_variable';

export interface TemplateError {
  code: TemplateErrorCode;
  /** UTF-16 offsets of what is wrong, half-open, for highlighting. */
  position: number;
  end: number;
  message: MessagingMessage;
}

export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'variable'; name: TemplateVariable; start: number; end: number };

export interface ParsedTemplate {
  segments: TemplateSegment[];
  /** Each variable once, in order of first use. */
  variables: TemplateVariable[];
  errors: TemplateError[];
}

const NAME = /^[a-z][a-z0-9_]*$/;

function createError(code: TemplateErrorCode, position: number, end: number, params: Record<string, string> = {}): TemplateError {
  const key = code === 'unknown_variable' && params.suggestion ? 'template.unknown_variable_suggestion' : `template.${code}`;
  return { code, position, end, message: { key, params: { ...params, position } } };
}

/** Edit distance, capped: only near misses (`{brnad}`) are worth suggesting. */
function measureEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}

function suggestVariable(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const known of TEMPLATE_VARIABLES) {
    const distance = measureEditDistance(name, known);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best && `{${best.name}}`;
}

/** What is wrong with the variable `written` at `start` (its trimmed name is `name`), if anything. */
function findVariableError(name: string, written: string, start: number): TemplateError | undefined {
  const end = start + written.length;
  if (name === '') return createError('empty_variable', start, end);
  if (!NAME.test(name)) return createError('invalid_variable_name', start, end, { text: written });
  if (isTemplateVariable(name)) return undefined;
  const suggestion = suggestVariable(name);
  return createError('unknown_variable', start, end, { name: `{${name}}`, ...(suggestion ? { suggestion } : {}) });
}

/**
 * Parses a template body: `{brand}` is a variable (spaces inside the braces are allowed), `{{` and
 * `}}` write a brace as it is. Every problem is reported with its position; the parse goes on after
 * one so the editor can underline them all.
 */
export function parseTemplate(body: string): ParsedTemplate {
  const segments: TemplateSegment[] = [];
  const variables: TemplateVariable[] = [];
  const errors: TemplateError[] = [];
  let text = '';
  const flushText = () => {
    if (text !== '') segments.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < body.length) {
    const char = body[i]!;
    if ((char === '{' || char === '}') && body[i + 1] === char) {
      text += char;
      i += 2;
      continue;
    }
    if (char === '}') {
      errors.push(createError('unmatched_close_brace', i, i + 1));
      text += char;
      i++;
      continue;
    }
    if (char !== '{') {
      text += char;
      i++;
      continue;
    }
    const close = body.indexOf('}', i + 1);
    const nextOpen = body.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      errors.push(createError('unclosed_brace', i, i + 1));
      text += char;
      i++;
      continue;
    }
    const end = close + 1;
    const name = body.slice(i + 1, close).trim();
    const error = findVariableError(name, body.slice(i, end), i);
    if (error) {
      errors.push(error);
      text += body.slice(i, end);
    } else if (isTemplateVariable(name)) {
      flushText();
      segments.push({ kind: 'variable', name, start: i, end });
      if (!variables.includes(name)) variables.push(name);
    }
    i = end;
  }
  flushText();
  return { segments, variables, errors };
}
