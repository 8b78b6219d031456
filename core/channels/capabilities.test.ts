import { describe, expect, it } from 'vitest';
import { findRequestProblems, isCapable, reverseOf, unsupportedFailure } from './capabilities';
import { OUTBOX_MAX_ATTEMPTS, isCancellable, isHeldByPause, isRetryable, isWorthAnotherTry } from './outbox-rules';

describe('channel capabilities', () => {
  it('knows the reverse of hide and block, and that a delete or a reply has none', () => {
    expect(reverseOf('hide')).toBe('unhide');
    expect(reverseOf('unblock')).toBe('block');
    expect(reverseOf('delete')).toBeNull();
    expect(reverseOf('reply')).toBeNull();
  });

  it('checks an action against what the channel declares', () => {
    expect(isCapable(['reply', 'publish'], 'publish')).toBe(true);
    expect(isCapable(['reply', 'publish'], 'block')).toBe(false);
  });

  it('names every field a request lacks for its action', () => {
    expect(findRequestProblems({ action: 'reply', idempotencyKey: 'k', text: ' ', targetExternalId: null })).toEqual([
      { path: 'text', message: 'is required to reply' },
      { path: 'targetExternalId', message: 'is required to reply' },
    ]);
    expect(findRequestProblems({ action: 'block', idempotencyKey: '' })).toEqual([
      { path: 'idempotencyKey', message: 'is required' },
      { path: 'authorHandle', message: 'is required to block' },
    ]);
    expect(findRequestProblems({ action: 'publish', idempotencyKey: 'k', text: 'Halo' })).toEqual([]);
    expect(findRequestProblems({ action: 'hide', idempotencyKey: 'k', targetExternalId: 'c1' })).toEqual([]);
  });

  it('answers an unsupported action with a failure that retrying will not fix', () => {
    expect(unsupportedFailure('x', 'unhide')).toMatchObject({ retryable: false, code: 'unsupported' });
  });
});

describe('outbox rules', () => {
  it('holds only scheduled posts during a pause', () => {
    expect(isHeldByPause('scheduled_post')).toBe(true);
    expect(isHeldByPause('reply')).toBe(false);
    expect(isHeldByPause('statement')).toBe(false);
    expect(isHeldByPause('moderation')).toBe(false);
  });

  it('cancels what has not left and retries only what failed', () => {
    expect(isCancellable('queued')).toBe(true);
    expect(isCancellable('held')).toBe(true);
    expect(isCancellable('sending')).toBe(false);
    expect(isCancellable('sent')).toBe(false);
    expect(isRetryable('failed')).toBe(true);
    expect(isRetryable('sent')).toBe(false);
  });

  it('tries again only after a retryable failure and under the limit', () => {
    expect(isWorthAnotherTry(1, true)).toBe(true);
    expect(isWorthAnotherTry(OUTBOX_MAX_ATTEMPTS, true)).toBe(false);
    expect(isWorthAnotherTry(1, false)).toBe(false);
  });
});
