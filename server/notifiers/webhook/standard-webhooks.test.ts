import { describe, expect, it } from 'vitest';
import { signWebhook } from './standard-webhooks';

describe('Standard Webhooks signature', () => {
  it('matches the specification’s test vector', () => {
    // From the reference libraries' tests (standard-webhooks/standard-webhooks).
    const signature = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('changes with the body, the id and the timestamp', () => {
    const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    const base = signWebhook(secret, 'msg_1', 1, '{}');
    expect(signWebhook(secret, 'msg_1', 1, '{ }')).not.toBe(base);
    expect(signWebhook(secret, 'msg_2', 1, '{}')).not.toBe(base);
    expect(signWebhook(secret, 'msg_1', 2, '{}')).not.toBe(base);
  });
});
