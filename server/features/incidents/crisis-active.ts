import { OPEN_INCIDENT_STATES } from '../../../core/incidents';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Whether a crisis is under way in the workspace: an incident declared and not yet resolved. */
export async function isCrisisActive(db: Kysely<Database>, workspaceId: number): Promise<boolean> {
  const row = await db
    .selectFrom('incidents')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('state', 'in', OPEN_INCIDENT_STATES)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
