import type { Kysely, Transaction } from 'kysely';
import type { PlaybookSummary, PlaybookVersion } from '../../../core/api';
import type { CrisisType, PlaybookStep } from '../../../core/plan';
import type { Database } from '../../db/schema';

export type Db = Kysely<Database> | Transaction<Database>;

/** Playbooks with their current version and who saved it. */
export function selectPlaybooks(db: Db, workspaceId: number) {
  return db
    .selectFrom('playbooks as p')
    .innerJoin('playbook_versions as v', (j) => j.onRef('v.playbook_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select([
      'p.id',
      'p.crisis_type',
      'p.title',
      'p.language',
      'p.starter_key',
      'p.current_version',
      'p.archived_at',
      'p.updated_at',
      'v.steps',
      'v.note',
      'v.saved_by',
      'u.name as saved_by_name',
    ])
    .where('p.workspace_id', '=', workspaceId);
}

export type PlaybookRow = Awaited<ReturnType<ReturnType<typeof selectPlaybooks>['executeTakeFirstOrThrow']>>;

export function parseSteps(json: string): PlaybookStep[] {
  return JSON.parse(json) as PlaybookStep[];
}

export function toPlaybookSummary(row: PlaybookRow): PlaybookSummary {
  return {
    id: row.id,
    crisisType: row.crisis_type as CrisisType,
    title: row.title,
    language: row.language === 'en' ? 'en' : 'id',
    starterKey: row.starter_key,
    version: row.current_version,
    stepCount: parseSteps(row.steps).length,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at,
    updatedBy: row.saved_by === null ? null : { userId: row.saved_by, name: row.saved_by_name ?? '' },
  };
}

export function selectVersions(db: Db, workspaceId: number, playbookId: number) {
  return db
    .selectFrom('playbook_versions as v')
    .leftJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.playbook_id', 'v.version', 'v.title', 'v.steps', 'v.note', 'v.saved_by', 'u.name as saved_by_name', 'v.saved_at'])
    .where('v.workspace_id', '=', workspaceId)
    .where('v.playbook_id', '=', playbookId);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>['executeTakeFirstOrThrow']>>;

export function toPlaybookVersion(row: VersionRow): PlaybookVersion {
  return {
    playbookId: row.playbook_id,
    version: row.version,
    title: row.title,
    steps: parseSteps(row.steps),
    note: row.note,
    savedBy: row.saved_by === null ? null : { userId: row.saved_by, name: row.saved_by_name ?? '' },
    savedAt: row.saved_at,
  };
}

export interface NewPlaybook {
  workspaceId: number;
  crisisType: CrisisType;
  title: string;
  language: string;
  starterKey: string | null;
  steps: PlaybookStep[];
  note: string;
  userId: number | null;
  at: number;
}

/** Inserts a playbook with its first version; use inside the caller's transaction. */
export async function insertPlaybook(db: Db, p: NewPlaybook): Promise<number> {
  const { id } = await db
    .insertInto('playbooks')
    .values({
      workspace_id: p.workspaceId,
      crisis_type: p.crisisType,
      title: p.title,
      language: p.language,
      starter_key: p.starterKey,
      current_version: 1,
      archived_at: null,
      created_by: p.userId,
      created_at: p.at,
      updated_at: p.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertVersion(db, { ...p, playbookId: id, version: 1 });
  return id;
}

export async function insertVersion(
  db: Db,
  v: {
    playbookId: number;
    workspaceId: number;
    version: number;
    title: string;
    steps: PlaybookStep[];
    note: string;
    userId: number | null;
    at: number;
  },
): Promise<void> {
  await db
    .insertInto('playbook_versions')
    .values({
      playbook_id: v.playbookId,
      workspace_id: v.workspaceId,
      version: v.version,
      title: v.title,
      steps: JSON.stringify(v.steps),
      note: v.note,
      saved_by: v.userId,
      saved_at: v.at,
    })
    .execute();
}

/** The active (not archived) playbook for a crisis type, newest first when there are several. */
export function selectActivePlaybook(db: Db, workspaceId: number, crisisType: CrisisType) {
  return selectPlaybooks(db, workspaceId)
    .where('p.crisis_type', '=', crisisType)
    .where('p.archived_at', 'is', null)
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(1);
}
