import { notificationLabels, renderHeadline } from '../../../core/notifications';
import type { NotificationMessage } from '../../../core/notifications';
import { truncate } from '../http';

/** Slack's mrkdwn treats only &, < and > as control characters. */
const escapeMrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `text` (the notification fallback) plus Block Kit blocks: header, body, link and context. */
export function renderSlackMessage(message: NotificationMessage) {
  const l = notificationLabels(message.language);
  const headline = renderHeadline(message);
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(truncate(message.body, 2900)) } },
  ];
  if (message.link) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `<${message.link}|${escapeMrkdwn(l.open)}>` } });
  }
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `${l.severityLabel}: *${l.severity[message.severity]}* · ${escapeMrkdwn(l.footer)}` }],
  });
  return { text: escapeMrkdwn(headline), blocks };
}
