export { type ModerationService, createModerationService, channelPlatformOf } from './moderation.service';
export { recordModerationSettlement } from './moderation.listener';
export { moderationRoutes } from './moderation.routes';
