export { type AccountService, createAccountService } from './accounts.service';
export { accountRoutes } from './accounts.routes';
export {
  assertMayPublish,
  grantPublisher,
  holdsPublishingRight,
  listPublishers,
  publishableAccountIds,
  revokePublisher,
} from './publishing-rights';
