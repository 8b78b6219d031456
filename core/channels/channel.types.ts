/**
 * What a channel (a social platform, or Siaga's own sandbox) can be asked to do. Real platforms implement
 * the same interface later; everything here is data so the web app and the server agree on it.
 */
export const CHANNEL_ACTIONS = ['reply', 'publish', 'hide', 'unhide', 'delete', 'block', 'unblock'] as const;
export type ChannelAction = (typeof CHANNEL_ACTIONS)[number];

/** Platforms an owned account can live on; only `sandbox` has a connector so far. */
export const CHANNEL_PLATFORMS = ['sandbox', 'x', 'instagram', 'facebook', 'tiktok', 'youtube'] as const;
export type ChannelPlatform = (typeof CHANNEL_PLATFORMS)[number];

/** One call to a channel. The idempotency key makes a repeated call answer the first call's receipt. */
export interface ChannelRequest {
  action: ChannelAction;
  idempotencyKey: string;
  /** The post or comment text (reply, publish). */
  text?: string | null;
  /** The platform's id of the post or comment acted on (reply, hide, unhide, delete). */
  targetExternalId?: string | null;
  /** The author's handle (block, unblock). */
  authorHandle?: string | null;
}

/** Proof that the channel did it. */
export interface ChannelReceipt {
  channel: ChannelPlatform;
  accountId: number;
  action: ChannelAction;
  externalId: string;
  url: string | null;
  at: number;
}

/** Why the channel did not; `retryable` says whether trying again later may work. */
export interface ChannelFailure {
  retryable: boolean;
  message: string;
  /** The platform's own code, when it gives one. */
  code?: string | null;
  /** The platform asked us to wait this long before the next try. */
  retryAfterMs?: number | null;
}

export type ChannelResult = { ok: true; receipt: ChannelReceipt } | { ok: false; failure: ChannelFailure };
