import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { inboxKeys } from '../../api/inbox';

/** Inbox events that change what the page shows: new items, moves, presence, expert answers and sent replies. */
const EVENTS = ['inbox.changed', 'inbox.presence', 'inbox.expert_answered', 'outbox.changed'] as const;
const DEBOUNCE_MS = 500;

/**
 * While the inbox is open, its lists and items refetch (debounced) when the workspace's live events say
 * something changed, so a collision warning, an expert's answer or a sent reply shows without waiting for
 * the next poll.
 */
export function useInboxLiveUpdates(workspaceId: number): void {
  const client = useQueryClient();
  useEffect(() => {
    const source = new EventSource(`/api/workspaces/${workspaceId}/events`, { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void client.invalidateQueries({ queryKey: inboxKeys.all(workspaceId) }), DEBOUNCE_MS);
    };
    for (const name of EVENTS) source.addEventListener(name, refresh);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [client, workspaceId]);
}
