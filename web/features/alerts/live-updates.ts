import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LiveEvent } from '../../../core/api';
import { type AlertListQuery, type AlertPage, storeAlert } from '../../api/alerts';
import { queryKeys } from '../../api/keys';
import { applyAlertToPages } from './alert-cache';

/** `connecting` until the stream says it is ready, `offline` while the browser retries. */
export type LiveStatus = 'connecting' | 'live' | 'offline';

/** Charts refetch at most this often while mentions pour in. */
const SIGNALS_DEBOUNCE_MS = 3_000;

/**
 * Follows the workspace's live events while mounted: alerts appear and change in every cached list
 * without a reload, and charts refetch (debounced) when new mentions change the signals. The
 * browser's EventSource sends the session cookie and reconnects by itself; after a reconnect the
 * lists are refetched, since events sent meanwhile are lost.
 */
export function useLiveUpdates(workspaceId: number): LiveStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    const source = new EventSource(`/api/workspaces/${workspaceId}/events`, { withCredentials: true });
    let signalsTimer: ReturnType<typeof setTimeout> | undefined;
    let everReady = false;

    const onAlert = (event: MessageEvent<string>) => {
      // Our own server's events; the bundle carries no schema library, so only the shape is checked.
      const live = JSON.parse(event.data) as LiveEvent;
      if ((live.type !== 'alert.raised' && live.type !== 'alert.updated') || typeof live.alert?.id !== 'number') return;
      const alert = live.alert;
      storeAlert(client, workspaceId, alert);
      for (const [key] of client.getQueriesData({ queryKey: queryKeys.alerts(workspaceId) })) {
        const filters = (key[4] ?? {}) as AlertListQuery;
        client.setQueryData<InfiniteData<AlertPage, string | undefined>>(key, (data) => applyAlertToPages(data, alert, filters));
      }
      // The chart marks alerts too.
      void client.invalidateQueries({ queryKey: queryKeys.signals(workspaceId) });
    };
    const onSignals = () => {
      clearTimeout(signalsTimer);
      signalsTimer = setTimeout(() => void client.invalidateQueries({ queryKey: queryKeys.signals(workspaceId) }), SIGNALS_DEBOUNCE_MS);
    };
    const onReady = () => {
      setStatus('live');
      if (everReady) void client.invalidateQueries({ queryKey: ['workspace', workspaceId, 'alerts'] });
      everReady = true;
    };

    source.addEventListener('ready', onReady);
    source.addEventListener('alert.raised', onAlert);
    source.addEventListener('alert.updated', onAlert);
    source.addEventListener('signals.updated', onSignals);
    source.onerror = () => setStatus('offline');
    return () => {
      clearTimeout(signalsTimer);
      source.close();
    };
  }, [client, workspaceId]);

  return status;
}
