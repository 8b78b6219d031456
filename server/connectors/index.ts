import {
  type ChannelPlatform,
  type ChannelRequest,
  type ChannelResult,
  findRequestProblems,
  isCapable,
  unsupportedFailure,
} from '../../core/channels';
import type { ServiceDeps } from '../deps';
import type { AccountRef, ChannelConnector } from './channel-connector';
import { createSandboxConnector } from './sandbox/sandbox-channel';

export type { AccountRef, ChannelConnector } from './channel-connector';
export { listSandboxPosts, setSandboxFailures } from './sandbox/sandbox-store';

export interface ChannelRegistry {
  connectorFor(platform: ChannelPlatform): ChannelConnector | null;
  /** Checks capability and request shape before the platform is called; both refusals are final. */
  perform(account: AccountRef, request: ChannelRequest): Promise<ChannelResult>;
}

/** The connectors Siaga has; real platforms join here as they are written. */
export function createChannelRegistry(deps: ServiceDeps, extra: ChannelConnector[] = []): ChannelRegistry {
  const connectors = new Map<ChannelPlatform, ChannelConnector>();
  for (const c of [createSandboxConnector(deps), ...extra]) connectors.set(c.platform, c);
  const connectorFor = (platform: ChannelPlatform) => connectors.get(platform) ?? null;
  return {
    connectorFor,
    async perform(account, request) {
      const connector = connectorFor(account.platform);
      if (!connector)
        return { ok: false, failure: { retryable: false, code: 'no_connector', message: `No connector for ${account.platform} yet` } };
      if (!isCapable(connector.capabilities, request.action))
        return { ok: false, failure: unsupportedFailure(account.platform, request.action) };
      const problems = findRequestProblems(request);
      if (problems.length > 0) {
        return {
          ok: false,
          failure: { retryable: false, code: 'invalid', message: problems.map((p) => `${p.path} ${p.message}`).join('; ') },
        };
      }
      return connector.perform(account, request);
    },
  };
}
