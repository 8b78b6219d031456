import {
  CHANNEL_CONFIG_SCHEMAS,
  type ChannelInput,
  type ChannelKind,
  ChannelInputSchema,
  type ChannelPatch,
  ChannelPatchSchema,
  type NotificationChannel,
} from '../../../core/api';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../../security/actor';
import type { SecretBox } from '../../security/secret-box';
import { recordAudit } from '../audit';
import { type SecretValues, maskSecrets } from './channel-secrets';
import { selectChannels } from './notifications.repository';

interface ChannelRow {
  id: number;
  name: string;
  kind: string;
  enabled: number;
  config: string;
  secrets: string;
  created_at: number;
  updated_at: number;
}

/** Channel settings; credentials are sealed at rest and only a masked hint ever leaves the server. */
export function createChannelService({ db, clock }: ServiceDeps, secretBox: SecretBox) {
  const openSecrets = (row: ChannelRow): SecretValues => JSON.parse(secretBox.open(row.secrets)) as SecretValues;
  const toChannel = (row: ChannelRow): NotificationChannel => ({
    id: row.id,
    name: row.name,
    kind: row.kind as ChannelKind,
    enabled: row.enabled === 1,
    config: JSON.parse(row.config) as Record<string, unknown>,
    secrets: maskSecrets(row.kind as ChannelKind, openSecrets(row)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  async function findRow(workspaceId: number, channelId: number): Promise<ChannelRow> {
    const row = await selectChannels(db, workspaceId).where('id', '=', channelId).executeTakeFirst();
    if (!row) throw AppError.notFound('Notification channel');
    return row;
  }

  return {
    async listChannels(workspaceId: number): Promise<NotificationChannel[]> {
      const rows = await selectChannels(db, workspaceId).orderBy('name').orderBy('id').execute();
      return rows.map(toChannel);
    },

    async getChannel(workspaceId: number, channelId: number): Promise<NotificationChannel> {
      return toChannel(await findRow(workspaceId, channelId));
    },

    async createChannel(workspaceId: number, raw: ChannelInput, actor: Actor): Promise<NotificationChannel> {
      const input = ChannelInputSchema.parse(raw);
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('notification_channels')
          .values({
            workspace_id: workspaceId,
            name: input.name,
            kind: input.kind,
            enabled: input.enabled ? 1 : 0,
            config: JSON.stringify(input.config),
            secrets: secretBox.seal(JSON.stringify(input.secrets)),
            created_by: actor.userId,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .returning(['id', 'name', 'kind', 'enabled', 'config', 'secrets', 'created_at', 'updated_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'notification_channel.created',
          targetType: 'notification_channel',
          targetId: inserted.id,
          details: { name: input.name, kind: input.kind },
        });
        return inserted;
      });
      return toChannel(row);
    },

    async updateChannel(workspaceId: number, channelId: number, raw: ChannelPatch, actor: Actor): Promise<NotificationChannel> {
      const patch = ChannelPatchSchema.parse(raw);
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const current = await selectChannels(trx, workspaceId).where('id', '=', channelId).executeTakeFirst();
        if (!current) throw AppError.notFound('Notification channel');
        if (current.kind !== patch.kind) {
          throw AppError.validation([{ path: 'kind', message: `is ${current.kind}; a channel's kind cannot change` }]);
        }
        const secrets = { ...openSecrets(current), ...stripUndefined(patch.secrets ?? {}) };
        const changed = [
          ...(patch.name !== undefined ? ['name'] : []),
          ...(patch.enabled !== undefined ? ['enabled'] : []),
          ...(patch.config !== undefined ? ['config'] : []),
          ...Object.keys(stripUndefined(patch.secrets ?? {})).map((k) => `secrets.${k}`),
        ];
        const updated = await trx
          .updateTable('notification_channels')
          .set({
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.enabled !== undefined ? { enabled: patch.enabled ? 1 : 0 } : {}),
            ...(patch.config !== undefined ? { config: JSON.stringify(CHANNEL_CONFIG_SCHEMAS[patch.kind].parse(patch.config)) } : {}),
            secrets: secretBox.seal(JSON.stringify(secrets)),
            updated_at: now,
          })
          .where('id', '=', channelId)
          .returning(['id', 'name', 'kind', 'enabled', 'config', 'secrets', 'created_at', 'updated_at'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'notification_channel.updated',
          targetType: 'notification_channel',
          targetId: channelId,
          details: { changed },
        });
        return updated;
      });
      return toChannel(row);
    },

    async deleteChannel(workspaceId: number, channelId: number, actor: Actor): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('notification_channels')
          .set({ deleted_at: now, enabled: 0, updated_at: now })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', channelId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw AppError.notFound('Notification channel');
        await recordAudit(trx, actor, now, {
          workspaceId,
          action: 'notification_channel.deleted',
          targetType: 'notification_channel',
          targetId: channelId,
        });
      });
    },
  };
}

function stripUndefined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

export type ChannelService = ReturnType<typeof createChannelService>;
