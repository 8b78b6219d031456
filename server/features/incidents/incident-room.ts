import type { Kysely } from 'kysely';
import type { Incident } from '../../../core/api';
import type { IncidentState } from '../../../core/incidents';
import type { NotificationMessage } from '../../../core/notifications';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { AppError } from '../../errors';
import type { LiveEvents } from '../../events/live-events';
import type { Actor } from '../../security/actor';
import type { AlertService } from '../alerts';
import type { MentionService } from '../mentions';
import type { PauseService } from '../pauses';
import type { IncidentRow } from './incident-rows';
import { type RoomChange, recordRoomChange } from './incident-timeline';
import { findIncidentRow, loadIncident } from './incidents.repository';
import type { IncidentPlanReader } from './plan-reader';

/** What the crisis room is built from besides the database. */
export interface IncidentDeps {
  plan: IncidentPlanReader;
  alerts: Pick<AlertService, 'get'>;
  mentions: Pick<MentionService, 'listMentions'>;
  pauses: PauseService;
  notify: (workspaceId: number, message: NotificationMessage) => Promise<unknown>;
  events: LiveEvents;
}

/** Puts a change on the timeline and in the audit log, in the change's transaction. */
export type RecordChange = (change: Omit<RoomChange, 'workspaceId' | 'incidentId'>) => Promise<void>;

/** One change to a room, inside its transaction: what it returns goes back to the caller. */
export type RoomWork<T> = (trx: Kysely<Database>, row: IncidentRow, now: number, record: RecordChange) => Promise<T>;

/**
 * The shared steps of every change to a room: refuse changes to a reviewed (closed) incident, run the
 * change with its timeline entry and audit record in one transaction, touch `updated_at`, then tell
 * everyone in the room.
 */
export function createRoomKit(deps: ServiceDeps, room: IncidentDeps) {
  const { db, clock, logger } = deps;

  async function load(workspaceId: number, incidentId: number): Promise<Incident> {
    return loadIncident(db, workspaceId, incidentId, clock.now(), room.pauses.activePause);
  }

  function announce(workspaceId: number, incidentId: number, change: string) {
    room.events.publish(workspaceId, { type: 'incident.changed', incidentId, change, at: clock.now() });
  }

  async function change<T>(workspaceId: number, incidentId: number, actor: Actor, work: RoomWork<T>): Promise<T> {
    const row = await findIncidentRow(db, workspaceId, incidentId);
    if ((row.state as IncidentState) === 'reviewed') throw new AppError('conflict', 'This incident is reviewed and closed');
    const now = clock.now();
    let kind = 'updated';
    const result = await db.transaction().execute(async (trx) => {
      const record: RecordChange = async (what) => {
        kind = what.kind;
        await recordRoomChange(trx, actor, now, { workspaceId, incidentId, ...what });
      };
      const value = await work(trx, row, now, record);
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', incidentId).execute();
      return value;
    });
    announce(workspaceId, incidentId, kind);
    return result;
  }

  /** Sends a notification once the change committed; a failure to send is logged and never undoes the change. */
  async function notifySafely(workspaceId: number, message: NotificationMessage) {
    try {
      await room.notify(workspaceId, message);
    } catch (error) {
      logger.error({ err: error }, 'incident notification failed');
    }
  }

  return { load, announce, change, notifySafely };
}

export type RoomKit = ReturnType<typeof createRoomKit>;
