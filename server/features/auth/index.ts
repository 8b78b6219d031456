export { createAuthService, type AuthService } from './auth.service';
export { authRoutes, SESSION_COOKIE } from './auth.routes';
