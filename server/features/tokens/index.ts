export { createTokenService, type TokenService } from './tokens.service';
export { tokenRoutes } from './tokens.routes';
