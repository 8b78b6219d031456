import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { ApiError, buildUrl, toApiError } from './client';
import { errorMessageKey, fieldIssues, KNOWN_ERROR_CODES, unplacedIssues } from './errors';

describe('errorMessageKey', () => {
  it('maps a known API error code to its translation key', () => {
    expect(errorMessageKey(new ApiError(401, 'invalid_credentials', 'Invalid email or password'))).toBe('errors.invalid_credentials');
  });

  it('falls back to a generic message for unknown codes and non-API errors', () => {
    expect(errorMessageKey(new ApiError(418, 'teapot', 'short and stout'))).toBe('errors.unknown');
    expect(errorMessageKey(new TypeError('boom'))).toBe('errors.unknown');
  });

  it('has a message in both languages for every known code', () => {
    for (const code of KNOWN_ERROR_CODES) {
      expect(id.errors[code]).toBeTruthy();
      expect(en.errors[code]).toBeTruthy();
    }
  });
});

describe('toApiError', () => {
  it('reads the error envelope of the API', () => {
    const error = toApiError(409, { error: { code: 'conflict', message: 'taken', requestId: 'r1' } });
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'taken', requestId: 'r1' });
  });

  it('names a bodiless server failure "internal"', () => {
    expect(toApiError(502, null).code).toBe('internal');
  });
});

describe('fieldIssues', () => {
  const error = new ApiError(400, 'validation_failed', 'invalid', {
    issues: [
      { path: 'email', message: 'Invalid email' },
      { path: 'email', message: 'second issue' },
      { path: 'mentions.0.text', message: 'Required' },
    ],
  });

  it('keeps the first issue of each top-level field', () => {
    expect(fieldIssues(error)).toEqual({ email: 'Invalid email', mentions: 'Required' });
  });

  it('lists issues no form field shows', () => {
    expect(unplacedIssues(error, ['email'])).toEqual([{ path: 'mentions', message: 'Required' }]);
  });

  it('ignores errors that are not validation failures', () => {
    expect(fieldIssues(new ApiError(403, 'forbidden', 'no'))).toEqual({});
  });
});

describe('buildUrl', () => {
  it('leaves out empty parameters', () => {
    expect(buildUrl('/api/x', { q: 'kopi susu', cursor: undefined, brandId: 3, author: '' })).toBe('/api/x?q=kopi+susu&brandId=3');
  });
});
