import type { ChannelAction, ChannelPlatform, ChannelRequest, ChannelResult } from '../../core/channels';

/** The owned account a call acts as. */
export interface AccountRef {
  id: number;
  workspaceId: number;
  platform: ChannelPlatform;
  handle: string;
}

/**
 * What every platform implements (connectors/<platform>/). A call never throws for the platform's own
 * refusals: it answers a receipt or a typed failure, and the same idempotency key answers the same receipt.
 */
export interface ChannelConnector {
  readonly platform: ChannelPlatform;
  readonly capabilities: readonly ChannelAction[];
  perform(account: AccountRef, request: ChannelRequest): Promise<ChannelResult>;
}
