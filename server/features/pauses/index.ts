export { type PauseHooks, type PauseRequest, type PauseService, createPauseService } from './pauses.service';
export { pauseRoutes } from './pauses.routes';
