export { createMentionService, type MentionService } from './mentions.service';
export { mentionRoutes } from './mentions.routes';
