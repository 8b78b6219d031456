import { describe, expect, it } from 'vitest';
import { ChannelInputSchema, ChannelPatchSchema, type NotificationChannel } from '../../../core/api';
import { buildChannelBody, generateSigningSecret, initialValues } from './channel-fields';

describe('channel form', () => {
  it('builds a body the API accepts, splitting e-mail lists and dropping blank optional fields', () => {
    const body = buildChannelBody('email', ' Tim krisis ', true, {
      to: 'a@toko.example, b@toko.example\nc@toko.example',
      from: '',
      host: 'smtp.toko.example',
      port: '2525',
      secure: false,
      username: '',
      password: '',
    });
    expect(body).toEqual({
      kind: 'email',
      name: 'Tim krisis',
      enabled: true,
      config: { to: ['a@toko.example', 'b@toko.example', 'c@toko.example'], host: 'smtp.toko.example', port: 2525 },
      secrets: {},
    });
    expect(ChannelInputSchema.safeParse(body).success).toBe(true);
  });

  it('leaves a blank secret out when editing, so the stored one is kept', () => {
    const body = buildChannelBody('telegram', 'Grup', false, { chatId: '-100123', botToken: '', apiBaseUrl: '' });
    expect(body).toEqual({ kind: 'telegram', name: 'Grup', enabled: false, config: { chatId: '-100123' }, secrets: {} });
    expect(ChannelPatchSchema.safeParse(body).success).toBe(true);
  });

  it('starts from the channel’s settings, never its secrets', () => {
    const channel = {
      config: { to: ['a@toko.example', 'b@toko.example'], port: 587, secure: true },
      secrets: { password: { set: true, hint: null } },
    } as unknown as NotificationChannel;
    expect(initialValues('email', channel)).toEqual({
      to: 'a@toko.example, b@toko.example',
      from: '',
      host: '',
      port: '587',
      secure: true,
      username: '',
      password: '',
    });
  });

  it('generates a signing secret the API accepts', () => {
    const secret = generateSigningSecret(() => new Uint8Array(32).fill(7));
    expect(secret).toBe(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    const body = buildChannelBody('webhook', 'Hook', true, { url: 'https://example.com/h', signingSecret: secret });
    expect(ChannelInputSchema.safeParse(body).success).toBe(true);
  });
});
