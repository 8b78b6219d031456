import type { Kysely } from 'kysely';
import { CRISIS_TYPES } from '../../../core/plan/plan.types';
import type { PlanDocumentData, PlanDocumentTeam } from '../../../core/plan/plan-document';
import { type ContactViewer, canSeePrivateContactFields } from '../../../core/policy/contact-visibility';
import type { Database } from '../../db/schema';
import type { ContactService } from '../contacts';
import type { PlanService } from '../plan';
import type { RiskService } from '../risks';

/** Where the document's parts come from: each feature's own service, read as the exporter. */
export interface PlanDocumentSources {
  db: Kysely<Database>;
  risks: Pick<RiskService, 'listRisks'>;
  contacts: Pick<ContactService, 'listContacts'>;
  plan: Pick<PlanService, 'playbooks' | 'team' | 'policy'>;
}

async function collectTeams(plan: PlanDocumentSources['plan'], workspaceId: number): Promise<PlanDocumentTeam[]> {
  const overview = await plan.team.getOverview(workspaceId);
  const scopes = overview.scopes.filter((s) => s.roles > 0).map((s) => s.scope);
  // The all-types team first, then crisis types in their usual order.
  const ordered = (['all', ...CRISIS_TYPES] as const).filter((scope) => scopes.includes(scope));
  const teams = await Promise.all(ordered.map((scope) => plan.team.getTeam(workspaceId, scope)));
  return teams.map((team) => ({
    scope: team.scope,
    members: (team.scope === 'all' ? team.assignments : team.effective).map((m) => ({
      role: m.role,
      person: m.person.name,
      deputies: m.deputies.map((d) => d.name),
    })),
  }));
}

/** Gathers the plan as `viewer` may see it; `exporterId` names who made the document. */
export async function collectPlanDocument(
  sources: PlanDocumentSources,
  workspaceId: number,
  viewer: ContactViewer,
  exporterId: number | null,
  now: number,
): Promise<PlanDocumentData> {
  const { db, plan } = sources;
  const workspace = await db.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirstOrThrow();
  const exporter =
    exporterId === null ? undefined : await db.selectFrom('users').select('name').where('id', '=', exporterId).executeTakeFirst();
  const [register, contacts, summaries, teams, policy] = await Promise.all([
    sources.risks.listRisks(workspaceId),
    sources.contacts.listContacts(workspaceId, viewer),
    plan.playbooks.listPlaybooks(workspaceId, { archived: 'false' }),
    collectTeams(plan, workspaceId),
    plan.policy.getPolicy(workspaceId, null),
  ]);
  const ordered = [...summaries].sort((a, b) => CRISIS_TYPES.indexOf(a.crisisType) - CRISIS_TYPES.indexOf(b.crisisType) || a.id - b.id);
  const playbooks = await Promise.all(ordered.map((p) => plan.playbooks.getVersion(workspaceId, p.id, p.version)));
  return {
    workspaceName: workspace.name,
    generatedAt: now,
    generatedBy: exporter?.name ?? null,
    risks: register.items.map((r) => ({
      title: r.title,
      category: r.category,
      likelihood: r.likelihood,
      impact: r.impact,
      score: r.score,
      level: r.level,
      owner: r.owner?.name ?? null,
      earlySigns: r.earlySigns,
      mitigation: r.mitigation,
      playbook: r.playbook ? (r.playbook.title ?? `#${r.playbook.id}`) : null,
      reviewDueAt: r.reviewDueAt,
      reviewOverdue: r.reviewOverdue,
    })),
    teams,
    contacts: contacts.map((c) => ({
      kind: c.kind,
      name: c.name,
      organisation: c.organisation,
      title: c.title,
      topic: c.topic,
      beat: c.beat,
      region: c.region,
      email: c.email,
      phone: c.phone,
      whatsapp: c.whatsapp,
      notes: c.notes,
    })),
    contactsPrivateHidden: !canSeePrivateContactFields(viewer),
    playbooks: playbooks.map((v, i) => ({ title: v.title, crisisType: ordered[i]!.crisisType, version: v.version, steps: v.steps })),
    policy: policy.current
      ? { title: policy.current.title, version: policy.current.version, publishedAt: policy.current.publishedAt, body: policy.current.body }
      : null,
  };
}
