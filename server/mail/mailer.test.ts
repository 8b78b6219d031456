import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpFake } from '../../test/fakes/smtp/smtp.fake';
import { MailError, createMailer } from './mailer';

describe('mailer', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpFake>>;
  beforeEach(async () => {
    smtp = await startSmtpFake();
  });
  afterEach(async () => {
    await smtp.close();
  });

  it('sends through the configured server with a stable message id and one-click unsubscribe headers', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://${smtp.host}:${smtp.port}`, smtpFrom: 'Siaga <siaga@example.com>' });
    expect(mailer.configured).toBe(true);
    await mailer.send({
      to: 'warga@example.com',
      subject: 'Pembaruan',
      text: 'Halo',
      messageId: '<k1@siaga>',
      unsubscribeUrl: 'https://siaga.example/u/abc',
    });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.to).toEqual(['warga@example.com']);
    expect(mail!.headers['message-id']).toBe('<k1@siaga>');
    expect(mail!.headers['list-unsubscribe']).toBe('<https://siaga.example/u/abc>');
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('tells a temporary refusal from a permanent one, and refuses to send without a server', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://${smtp.host}:${smtp.port}`, smtpFrom: 'siaga@example.com' });
    smtp.failNext(1, 451, 'try later');
    smtp.failNext(1, 550, 'no such user');
    const send = () => mailer.send({ to: 'a@example.com', subject: 's', text: 't', messageId: '<k@siaga>' });
    await expect(send()).rejects.toMatchObject({ retryable: true });
    await expect(send()).rejects.toMatchObject({ retryable: false });
    const none = createMailer({ smtpUrl: undefined, smtpFrom: 'siaga@example.com' });
    expect(none.configured).toBe(false);
    await expect(none.send({ to: 'a@example.com', subject: 's', text: 't', messageId: '<k@siaga>' })).rejects.toBeInstanceOf(MailError);
  });
});
