import nodemailer from 'nodemailer';
import type { NotifierDefaults } from '../config';

/** One email Siaga sends on its own behalf (not a notification channel's): expert requests, subscribers. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable across retries (`<key@siaga>`), so a mail client shows one copy of a repeated send. */
  messageId: string;
  /** RFC 2369 / RFC 8058 one-click unsubscribe: the URL gets a POST with `List-Unsubscribe=One-Click`. */
  unsubscribeUrl?: string;
  headers?: Record<string, string>;
}

export interface MailReceipt {
  messageId: string;
  response: string;
}

/** Why a mail did not go; `retryable` separates a server that is down (4xx, connection) from a refusal (5xx). */
export class MailError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

export interface Mailer {
  /** Whether an SMTP server is configured (`SIAGA_SMTP_URL`); without one nothing can be sent. */
  readonly configured: boolean;
  send(mail: OutgoingMail): Promise<MailReceipt>;
}

/** Connection-level failures a later attempt may get past; EAUTH, EENVELOPE and the like will not. */
const RETRYABLE_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNRESET', 'EPROTOCOL', 'ECONNREFUSED']);

/** Reads a nodemailer failure: SMTP 4xx replies are temporary by definition, 5xx permanent. */
export function toMailError(error: unknown): MailError & { responseCode: number | null } {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const retryable = e.responseCode !== undefined ? e.responseCode < 500 : RETRYABLE_CODES.has(e.code ?? '');
  const message = `SMTP ${e.responseCode ?? e.code ?? ''}: ${e.response ?? e.message ?? String(error)}`.trim();
  return Object.assign(new MailError(message, retryable), { responseCode: e.responseCode ?? null });
}

/** SMTP through nodemailer with the installation's server and sender (`SIAGA_SMTP_URL`, `SIAGA_SMTP_FROM`). */
export function createMailer(config: Pick<NotifierDefaults, 'smtpUrl' | 'smtpFrom'>, timeoutMs = 15_000): Mailer {
  return {
    configured: config.smtpUrl !== undefined,
    async send(mail) {
      if (!config.smtpUrl) throw new MailError('No SMTP server: set SIAGA_SMTP_URL', false);
      const url = new URL(config.smtpUrl);
      for (const name of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) url.searchParams.set(name, String(timeoutMs));
      const transport = nodemailer.createTransport(url.toString());
      try {
        const info = await transport.sendMail({
          from: config.smtpFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html !== undefined && { html: mail.html }),
          messageId: mail.messageId,
          headers: {
            ...mail.headers,
            ...(mail.unsubscribeUrl && {
              'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }),
          },
        });
        return { messageId: info.messageId, response: info.response };
      } catch (error) {
        throw toMailError(error);
      } finally {
        transport.close();
      }
    },
  };
}
