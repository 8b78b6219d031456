import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { toMailError } from '../../mail/mailer';
import type { ChannelTarget, SendContext } from '../notifier.types';
import { type ChannelSender, DeliveryError } from '../notifier.types';
import { renderEmail } from './email.render';

function transportOptions({ config, secrets }: ChannelTarget<'email'>, ctx: SendContext): SMTPTransport.Options | string {
  const timeouts = { connectionTimeout: ctx.timeoutMs, greetingTimeout: ctx.timeoutMs, socketTimeout: ctx.timeoutMs };
  if (!config.host) {
    if (!ctx.defaults.smtpUrl) throw new DeliveryError('No SMTP server: set one on the channel or SIAGA_SMTP_URL', { retryable: false });
    return ctx.defaults.smtpUrl;
  }
  const port = config.port ?? (config.secure ? 465 : 587);
  return {
    host: config.host,
    port,
    secure: config.secure ?? port === 465,
    ...(config.username ? { auth: { user: config.username, pass: secrets.password ?? '' } } : {}),
    ...timeouts,
  };
}

/** SMTP through nodemailer; the Message-ID is the same on every attempt, so mail clients show one copy. */
export const sendEmail: ChannelSender<'email'> = async (target, message, ctx) => {
  const transport = nodemailer.createTransport(transportOptions(target, ctx));
  const { subject, text, html } = renderEmail(message);
  try {
    const info = await transport.sendMail({
      from: target.config.from ?? ctx.defaults.smtpFrom,
      to: target.config.to,
      subject,
      text,
      html,
      messageId: `<${ctx.idempotencyKey}@siaga.notification>`,
      headers: { 'X-Siaga-Severity': message.severity, 'X-Siaga-Kind': message.kind },
    });
    const code = /^(\d{3})/.exec(info.response)?.[1];
    return { status: code ? Number(code) : null, providerMessageId: info.messageId };
  } catch (error) {
    const failure = toMailError(error);
    throw new DeliveryError(failure.message, { retryable: failure.retryable, status: failure.responseCode });
  } finally {
    transport.close();
  }
};
