import { createContext, useContext } from 'react';
import type { WorkspaceSummary } from '../../../core/api';
import { can, type Permission } from '../../../core/policy';

export interface WorkspaceContextValue {
  workspace: WorkspaceSummary;
  userId: number;
  can: (permission: Permission) => boolean;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export const WorkspaceProvider = WorkspaceContext.Provider;

export function makeWorkspaceContext(workspace: WorkspaceSummary, userId: number): WorkspaceContextValue {
  return { workspace, userId, can: (permission) => can(workspace.role, permission) };
}

/** The workspace of the current `/w/:workspaceId` route and what the user may do in it. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace is used outside a workspace route');
  return value;
}
