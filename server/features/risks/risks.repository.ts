import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface RiskRow {
  id: number;
  title: string;
  description: string;
  category: string;
  likelihood: number;
  impact: number;
  owner_user_id: number | null;
  owner_name: string | null;
  early_signs: string;
  mitigation: string;
  playbook_id: number | null;
  review_due_at: number | null;
  last_reviewed_at: number | null;
  created_at: number;
  updated_at: number;
}

/** The workspace's risks with their owner's name. */
export function selectRisks(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('risks as r')
    .leftJoin('users as u', 'u.id', 'r.owner_user_id')
    .select([
      'r.id',
      'r.title',
      'r.description',
      'r.category',
      'r.likelihood',
      'r.impact',
      'r.owner_user_id',
      'u.name as owner_name',
      'r.early_signs',
      'r.mitigation',
      'r.playbook_id',
      'r.review_due_at',
      'r.last_reviewed_at',
      'r.created_at',
      'r.updated_at',
    ])
    .where('r.workspace_id', '=', workspaceId);
}

export async function findRiskRow(db: Kysely<Database>, workspaceId: number, riskId: number): Promise<RiskRow | undefined> {
  return selectRisks(db, workspaceId).where('r.id', '=', riskId).executeTakeFirst();
}

export async function isWorkspaceMember(db: Kysely<Database>, workspaceId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
