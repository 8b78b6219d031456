import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';
import { loadSecretKey } from '../../security/secret-box';

/** A form token lives this long: long enough to type an address, short enough to be useless later. */
export const FORM_TOKEN_TTL_MS = 2 * 3_600_000;

/**
 * Tokens that need no table: the subscription form's token (CSRF without JavaScript or a session) and the
 * one-click unsubscribe link, both an HMAC under a key derived from the installation's secret key.
 */
export function createPageTokens(config: Pick<Config, 'secretKey' | 'dataDir'>) {
  let key: Buffer | null = null;
  const mac = (text: string) => {
    key ??= createHmac('sha256', loadSecretKey(config.secretKey, config.dataDir)).update('siaga update-page tokens').digest();
    return createHmac('sha256', key).update(text).digest('base64url');
  };
  const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  return {
    formToken: (slug: string, now: number) => `${now}.${mac(`form:${slug}:${now}`)}`,
    checkFormToken(slug: string, token: string, now: number): boolean {
      const [at, sig] = token.split('.');
      const issued = Number(at);
      if (!sig || !Number.isSafeInteger(issued) || issued > now || now - issued > FORM_TOKEN_TTL_MS) return false;
      return same(sig, mac(`form:${slug}:${issued}`));
    },
    unsubscribeToken: (subscriberId: number) => mac(`unsubscribe:${subscriberId}`),
    checkUnsubscribeToken: (subscriberId: number, token: string) => same(token, mac(`unsubscribe:${subscriberId}`)),
    /** The rate limit counts attempts per address without keeping the address. */
    clientKey: (ip: string | null) => mac(`client:${ip ?? 'unknown'}`),
  };
}

export type PageTokens = ReturnType<typeof createPageTokens>;
