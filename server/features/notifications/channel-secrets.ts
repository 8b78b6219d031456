import { CHANNEL_SECRET_SCHEMAS, type ChannelKind } from '../../../core/api';

export type SecretValues = Record<string, string | undefined>;

export function secretFieldsOf(kind: ChannelKind): string[] {
  return Object.keys(CHANNEL_SECRET_SCHEMAS[kind].shape);
}

/** The last four characters (and a URL's host), enough to recognise a secret, never enough to use it. */
export function hintOf(secret: string): string | null {
  if (secret.length < 12) return null;
  const tail = secret.slice(-4);
  const url = /^(https?:\/\/[^/]+)\//.exec(secret);
  return url ? `${url[1]}/…${tail}` : `…${tail}`;
}

export function maskSecrets(kind: ChannelKind, values: SecretValues): Record<string, { set: boolean; hint: string | null }> {
  return Object.fromEntries(
    secretFieldsOf(kind).map((field) => {
      const value = values[field];
      return [field, value ? { set: true, hint: hintOf(value) } : { set: false, hint: null }];
    }),
  );
}
