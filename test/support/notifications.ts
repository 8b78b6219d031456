import type { ChannelInput } from '../../core/api';
import type { NotificationMessage } from '../../core/notifications';
import type { TestClient } from './app';

let sequence = 0;

/** An alert notification with a fresh dedupe key unless one is given. */
export function makeNotification(overrides: Partial<NotificationMessage> = {}): NotificationMessage {
  sequence++;
  return {
    kind: 'alert.raised',
    severity: 'high',
    title: `Lonjakan keluhan #${sequence}`,
    body: '87 sebutan negatif tentang antrean dalam 15 menit.\nSebagian besar dari Jakarta.',
    link: `https://siaga.example/w/1/alerts/${sequence}`,
    language: 'id',
    dedupeKey: `alert:${sequence}:raised`,
    ...overrides,
  };
}

/** Adds a channel through the API and returns its id. */
export async function addChannel(client: TestClient, workspaceId: number, input: ChannelInput): Promise<number> {
  const res = await client.post(`/api/workspaces/${workspaceId}/notification-channels`, input);
  if (res.status !== 200) throw new Error(`channel creation failed: ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}
