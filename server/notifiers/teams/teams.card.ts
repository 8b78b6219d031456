import { notificationLabels, renderHeadline } from '../../../core/notifications';
import type { NotificationMessage } from '../../../core/notifications';

const COLOR = { info: 'Default', low: 'Good', medium: 'Warning', high: 'Attention', critical: 'Attention' } as const;

/** A Workflows webhook message: one Adaptive Card attachment (schema 1.4, which Teams renders). */
export function renderTeamsMessage(message: NotificationMessage) {
  const l = notificationLabels(message.language);
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: renderHeadline(message), weight: 'Bolder', size: 'Medium', color: COLOR[message.severity], wrap: true },
      { type: 'TextBlock', text: message.body, wrap: true },
      {
        type: 'FactSet',
        facts: [
          { title: l.severityLabel, value: l.severity[message.severity] },
          { title: 'Siaga', value: l.kind[message.kind] },
        ],
      },
    ],
    actions: message.link ? [{ type: 'Action.OpenUrl', title: l.open, url: message.link }] : [],
  };
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}
