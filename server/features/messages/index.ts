export { type MessageService, createMessageService } from './messages.service';
export { messageRoutes } from './messages.routes';
export { type ActiveIncidentPort, type StatementUseAnswer, checkTemplateForStatement, resolveTemplates } from './template-use';
export { installStarterLibrary } from './starter-install';
