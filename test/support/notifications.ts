import type { ChannelInput } from '../../core/api';
import type { NotificationMessage } from '../../core/notifications';
import { generateWebhookSecret, startWebhookReceiver } from '../fakes/webhook/webhook-receiver.fake';
import type { TestClient, WorkspaceApp } from './app';

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

/**
 * A signed-webhook channel in the workspace pointing at a local Standard Webhooks receiver (which checks
 * signatures against the app's clock); `closers` gets the receiver's close.
 */
export async function addWebhookChannel(app: WorkspaceApp, name: string, closers: (() => Promise<void>)[]) {
  const secret = generateWebhookSecret();
  const receiver = await startWebhookReceiver(secret, () => app.t.clock.now());
  closers.push(() => receiver.close());
  const channelId = await addChannel(app.owner, app.workspaceId, {
    kind: 'webhook',
    name,
    config: { url: receiver.url },
    secrets: { signingSecret: secret },
  });
  return { receiver, channelId };
}
