import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelPatch, Delivery, DeliveryStatus, NotificationChannel } from '../../core/api';
import { apiRequest } from './client';
import { queryKeys } from './keys';

const base = (workspaceId: number) => `/workspaces/${workspaceId}/notification-channels`;

export function useNotificationChannels(workspaceId: number) {
  return useQuery({
    queryKey: queryKeys.notificationChannels(workspaceId),
    queryFn: () => apiRequest<NotificationChannel[]>(base(workspaceId)),
  });
}

export function useSaveNotificationChannel(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: ChannelInput | ChannelPatch }) =>
      apiRequest<NotificationChannel>(id === null ? base(workspaceId) : `${base(workspaceId)}/${id}`, {
        method: id === null ? 'POST' : 'PATCH',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notificationChannels(workspaceId) }),
  });
}

export function useDeleteNotificationChannel(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<unknown>(`${base(workspaceId)}/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notificationChannels(workspaceId) }),
  });
}

export function useTestNotificationChannel(workspaceId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, language }: { id: number; language: 'id' | 'en' }) =>
      apiRequest<Delivery>(`${base(workspaceId)}/${id}/test`, { method: 'POST', body: { language } }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notificationDeliveries(workspaceId) }),
  });
}

export function useNotificationDeliveries(workspaceId: number, status: DeliveryStatus | null) {
  return useQuery({
    queryKey: [...queryKeys.notificationDeliveries(workspaceId), status] as const,
    queryFn: () =>
      apiRequest<{ items: Delivery[]; nextCursor: string | null }>(`${base(workspaceId)}/deliveries`, {
        query: { status, limit: 100 },
      }),
    refetchInterval: 15_000,
  });
}
