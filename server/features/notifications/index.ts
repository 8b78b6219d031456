import type { ServiceDeps } from '../../deps';
import { CHANNEL_SENDERS, type ChannelSenders } from '../../notifiers';
import { type SecretBox, createSecretBox, loadSecretKey } from '../../security/secret-box';
import { createChannelService } from './channels.service';
import { createDispatcher } from './dispatcher';
import { createNotificationService } from './notifications.service';

export interface NotificationsOptions {
  senders?: ChannelSenders;
  secretBox?: SecretBox;
  random?: () => number;
}

/** Channels and the notifier: `notifications.notify(workspaceId, message, channelIds?)` is the way in. */
export function createNotificationFeature(deps: ServiceDeps, options: NotificationsOptions = {}) {
  const secretBox = options.secretBox ?? createSecretBox(loadSecretKey(deps.config.secretKey, deps.config.dataDir));
  const dispatcher = createDispatcher(deps, {
    senders: options.senders ?? CHANNEL_SENDERS,
    secretBox,
    ...(options.random ? { random: options.random } : {}),
  });
  return { channels: createChannelService(deps, secretBox), notifications: createNotificationService(deps, dispatcher) };
}

export type { ChannelService } from './channels.service';
export type { NotificationService, NotifyResult } from './notifications.service';
export { notificationRoutes } from './notifications.routes';
export { computeRetryDelay } from './retry-policy';
