import { describe, expect, it } from 'vitest';
import { APPROVAL_REFUSALS } from '../../../core/messaging';
import { ApiError } from '../../api/client';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { readRefusal } from './template-refusal';

describe('approval refusals in the UI', () => {
  it('reads the machine’s refusal from the error details, and nothing from other errors', () => {
    expect(readRefusal(new ApiError(403, 'forbidden', 'x', { code: 'not_your_turn', waitingFor: 3 }))).toBe('not_your_turn');
    expect(readRefusal(new ApiError(403, 'forbidden', 'x', { code: 'something_else' }))).toBeNull();
    expect(readRefusal(new ApiError(400, 'validation_failed', 'x', { issues: [] }))).toBeNull();
    expect(readRefusal(new Error('boom'))).toBeNull();
  });

  it('has a text for every refusal in both languages', () => {
    for (const code of APPROVAL_REFUSALS) {
      expect(id.messages.refusals[code]).toBeTruthy();
      expect(en.messages.refusals[code]).not.toBe(id.messages.refusals[code]);
    }
  });
});
