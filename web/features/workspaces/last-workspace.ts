import type { WorkspaceSummary } from '../../../core/api';

const KEY = 'siaga.lastWorkspace';

export function rememberWorkspace(workspaceId: number): void {
  try {
    localStorage.setItem(KEY, String(workspaceId));
  } catch {
    // Private browsing may refuse storage; remembering is only a convenience.
  }
}

function readRemembered(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** The remembered workspace if the user still belongs to it, otherwise their first. */
export function pickWorkspace(
  workspaces: readonly WorkspaceSummary[],
  remembered: number | null = readRemembered(),
): WorkspaceSummary | undefined {
  return workspaces.find((workspace) => workspace.id === remembered) ?? workspaces[0];
}
