import type { TemplateCheckResult } from '../../../core/api';
import { type MessagingLocale, type TemplateTarget, checkTemplate, describeMessage, hasBlockingFindings } from '../../../core/messaging';
import { AppError } from '../../errors';

/** The check as the API returns it: the messages' keys plus their text in the caller's language. */
export function describeTemplateCheck(body: string, target: TemplateTarget, locale: MessagingLocale): TemplateCheckResult {
  const check = checkTemplate(body, target);
  return {
    errors: check.errors.map((e) => ({ code: e.code, position: e.position, end: e.end, message: describeMessage(e.message, locale) })),
    findings: check.findings.map((f) => ({
      ...f,
      text: { explanation: describeMessage(f.explanation, locale), fix: describeMessage(f.fix, locale) },
    })),
    fit: { length: check.fit.length, limit: check.fit.limit, fits: check.fit.fits },
    blocking: check.errors.length > 0 || hasBlockingFindings(check.findings),
  };
}

/** A body that does not parse is never stored: each problem is named with its position. */
export function assertTemplateParses(body: string, target: TemplateTarget): void {
  const { errors } = describeTemplateCheck(body, target, 'en');
  if (errors.length === 0) return;
  throw AppError.validation(
    errors.map((e) => ({ path: 'body', message: `at ${e.position}: ${e.message}` })),
    { templateErrors: errors },
  );
}

/** Nothing goes to review that the tone check would stop at sending; the findings travel in the error. */
export function assertTemplateSubmittable(body: string, target: TemplateTarget): void {
  const check = describeTemplateCheck(body, target, 'en');
  if (!check.blocking) return;
  const blocking = check.findings.filter((f) => f.severity === 'block');
  const issues = [
    ...check.errors.map((e) => ({ path: 'body', message: `at ${e.position}: ${e.message}` })),
    ...blocking.map((f) => ({ path: 'body', message: `${f.rule}: ${f.text.explanation}` })),
  ];
  throw AppError.validation(issues, { findings: check.findings, templateErrors: check.errors });
}
