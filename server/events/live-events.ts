import { EventEmitter } from 'node:events';
import type { LiveEvent } from '../../core/api';

/**
 * Live updates for the screens, per workspace. In one process this is an in-memory emitter; when the
 * roles run as several processes the same interface is served over NATS (see docs/ARCHITECTURE.md).
 */
export interface LiveEvents {
  publish(workspaceId: number, event: LiveEvent): void;
  /** Returns the function that stops the subscription. */
  subscribe(workspaceId: number, listener: (event: LiveEvent) => void): () => void;
}

export function createLiveEvents(): LiveEvents {
  const emitter = new EventEmitter();
  // Every open browser tab is one listener; the default warning at 10 is meant for leaks, not this.
  emitter.setMaxListeners(0);
  return {
    publish(workspaceId, event) {
      emitter.emit(String(workspaceId), event);
    },
    subscribe(workspaceId, listener) {
      emitter.on(String(workspaceId), listener);
      return () => emitter.off(String(workspaceId), listener);
    },
  };
}
