import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** Error codes the API may answer with; each has a translated message under `errors.<code>`. */
export const KNOWN_ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'csrf_failed',
  'payload_too_large',
  'setup_done',
  'invalid_setup_token',
  'invalid_credentials',
  'internal',
  'network',
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

/** The i18n key for an error; unknown failures fall back to a generic message. */
export function errorMessageKey(error: unknown): `errors.${KnownErrorCode | 'unknown'}` {
  if (error instanceof ApiError && isKnownErrorCode(error.code)) return `errors.${error.code}`;
  return 'errors.unknown';
}

export function translateError(t: TFunction, error: unknown): string {
  return t(errorMessageKey(error));
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** Validation issues from `details.issues`, keyed by their first path segment for form fields. */
export function fieldIssues(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const details = error.details as { issues?: unknown } | null | undefined;
  const issues = Array.isArray(details?.issues) ? (details.issues as FieldIssue[]) : [];
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue?.path !== 'string' || typeof issue.message !== 'string') continue;
    const field = issue.path.split('.')[0] ?? issue.path;
    byField[field] ??= issue.message;
  }
  return byField;
}

/** Validation issues keyed by their whole path (`steps.1.label`), for forms with lists of fields. */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const details = error.details as { issues?: unknown } | null | undefined;
  const issues = Array.isArray(details?.issues) ? (details.issues as FieldIssue[]) : [];
  const byPath: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue?.path !== 'string' || typeof issue.message !== 'string') continue;
    byPath[issue.path] ??= issue.message;
  }
  return byPath;
}

/** Issues that no form field shows, so the error alert can list them instead. */
export function unplacedIssues(error: unknown, shownFields: readonly string[]): FieldIssue[] {
  const all = fieldIssues(error);
  return Object.entries(all)
    .filter(([field]) => !shownFields.includes(field))
    .map(([path, message]) => ({ path, message }));
}
