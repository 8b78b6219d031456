import type { ServiceDeps } from '../../deps';
import type { LiveEvents } from '../../events/live-events';
import { createExpertService } from './inbox-experts';
import { createReplyService } from './inbox-replies.service';
import { createInboxService } from './inbox.service';

/** The response inbox: items, replies (with their approval policy) and the outbox listener that closes the loop. */
export function createInboxFeature(deps: ServiceDeps, events: LiveEvents) {
  return { inbox: createInboxService(deps, events), replies: createReplyService(deps, events), experts: createExpertService(deps, events) };
}

export type { InboxService } from './inbox.service';
export { type ReplyService, recordReplySettlement } from './inbox-replies.service';
export { inboxRoutes } from './inbox.routes';
export { type ExpertService, expertPageRoutes } from './inbox-experts';
