import { notificationLabels, renderHeadline, renderPlainText } from '../../../core/notifications';
import type { NotificationMessage } from '../../../core/notifications';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const COLOR = { info: '#1c7ed6', low: '#2f9e44', medium: '#f08c00', high: '#e8590c', critical: '#c92a2a' } as const;

/** Subject, plain text and a small HTML version with inline styles (mail clients ignore style sheets). */
export function renderEmail(message: NotificationMessage): { subject: string; text: string; html: string } {
  const l = notificationLabels(message.language);
  const paragraphs = message.body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const link = message.link
    ? `<p style="margin:16px 0"><a href="${escapeHtml(message.link)}" style="background:${COLOR[message.severity]};color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">${escapeHtml(l.open)}</a></p>`
    : '';
  const html = [
    `<!doctype html><html lang="${message.language}"><body style="font-family:Arial,sans-serif;color:#212529">`,
    `<div style="border-left:4px solid ${COLOR[message.severity]};padding:4px 16px">`,
    `<p style="margin:0 0 4px;color:${COLOR[message.severity]};font-weight:bold">${escapeHtml(`${l.severityLabel}: ${l.severity[message.severity]}`)}</p>`,
    `<h1 style="font-size:18px;margin:0 0 12px">${escapeHtml(message.title)}</h1>`,
    paragraphs,
    link,
    `</div><p style="color:#868e96;font-size:12px">${escapeHtml(l.footer)}</p></body></html>`,
  ].join('');
  return { subject: renderHeadline(message), text: renderPlainText(message), html };
}
