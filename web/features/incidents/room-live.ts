import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveEvent } from '../../../core/api';
import { queryKeys } from '../../api/keys';

/**
 * Keeps the incidents screens current without reloading: a change in a room refetches that room (and the
 * list); a pause that starts or ends refetches every room. The browser's EventSource reconnects itself,
 * and after a reconnect everything is fetched again since events sent meanwhile are lost.
 */
export function useRoomLiveUpdates(workspaceId: number, incidentId: number | null) {
  const client = useQueryClient();
  useEffect(() => {
    const source = new EventSource(`/api/workspaces/${workspaceId}/events`, { withCredentials: true });
    let everReady = false;
    const refetchAll = () => void client.invalidateQueries({ queryKey: queryKeys.incidents(workspaceId) });
    source.addEventListener('ready', () => {
      if (everReady) refetchAll();
      everReady = true;
    });
    source.addEventListener('incident.changed', (event: MessageEvent<string>) => {
      const live = JSON.parse(event.data) as Extract<LiveEvent, { type: 'incident.changed' }>;
      if (incidentId === null || live.incidentId === incidentId)
        void client.invalidateQueries({ queryKey: queryKeys.incident(workspaceId, live.incidentId) });
      void client.invalidateQueries({ queryKey: [...queryKeys.incidents(workspaceId), 'list'] });
    });
    source.addEventListener('pauses.changed', refetchAll);
    return () => source.close();
  }, [client, workspaceId, incidentId]);
}
