import type { ChannelConfig, ChannelKind, ChannelSecrets } from '../../core/api';
import type { NotificationMessage } from '../../core/notifications';
import type { NotifierDefaults } from '../config';

export interface SendContext {
  workspaceId: number;
  messageId: number;
  /** Stays the same on every attempt of one delivery: receivers use it to drop copies. */
  idempotencyKey: string;
  /** The attempt's time (epoch ms), from the app's clock. */
  now: number;
  timeoutMs: number;
  defaults: NotifierDefaults;
}

export interface SendResult {
  /** The provider's answer status (HTTP status or SMTP reply code). */
  status: number | null;
  providerMessageId: string | null;
}

export interface ChannelTarget<K extends ChannelKind> {
  config: ChannelConfig<K>;
  secrets: ChannelSecrets<K>;
}

/** Speaks one platform's API; throws a DeliveryError that says whether trying again can help. */
export type ChannelSender<K extends ChannelKind> = (
  target: ChannelTarget<K>,
  message: NotificationMessage,
  ctx: SendContext,
) => Promise<SendResult>;

export class DeliveryError extends Error {
  readonly retryable: boolean;
  readonly status: number | null;
  /** How long the provider asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | null;

  constructor(message: string, options: { retryable: boolean; status?: number | null; retryAfterMs?: number | null }) {
    super(message);
    this.name = 'DeliveryError';
    this.retryable = options.retryable;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
