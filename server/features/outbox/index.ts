import type { ServiceDeps } from '../../deps';
import type { LiveEvents } from '../../events/live-events';
import { type OutboxWorkerDeps, createOutboxWorker } from './outbox.worker';
import { createOutboxService } from './outbox.service';

/** The outbox: the service people use and the scheduler's send pass. */
export function createOutboxFeature(deps: ServiceDeps, events: LiveEvents, worker: Omit<OutboxWorkerDeps, 'events'>) {
  return { outbox: createOutboxService(deps, events), sendDue: createOutboxWorker(deps, { ...worker, events }) };
}

export { type OutgoingItem, enqueueOutgoing } from './outbox-enqueue';
export type { OutboxService } from './outbox.service';
export type { OutboxListener, OutboxSettlement, TickResult } from './outbox.worker';
export type { OutboxSource } from './outbox.repository';
export { outboxRoutes } from './outbox.routes';
