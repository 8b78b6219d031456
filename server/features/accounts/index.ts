export { type AccountService, createAccountService } from './accounts.service';
export { accountRoutes } from './accounts.routes';
