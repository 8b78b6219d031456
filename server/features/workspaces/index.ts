export { createWorkspaceService, createWorkspaceWithOwner, slugify, type WorkspaceService } from './workspaces.service';
export { workspaceRoutes } from './workspaces.routes';
