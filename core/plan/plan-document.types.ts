import type { CrisisRole, CrisisType, PlaybookStep } from './plan.types';
import type { RiskLevel } from './risk-rules';

/** Everything the printable plan holds, already filtered to what the person exporting may see. */
export interface PlanDocumentData {
  workspaceName: string;
  generatedAt: number;
  generatedBy: string | null;
  risks: PlanDocumentRisk[];
  /** Team per scope: the all-types team first, then each crisis type with its own assignments. */
  teams: PlanDocumentTeam[];
  contacts: PlanDocumentContact[];
  /** True when phone, WhatsApp and notes were left out because the exporter may not see them. */
  contactsPrivateHidden: boolean;
  playbooks: PlanDocumentPlaybook[];
  policy: PlanDocumentPolicy | null;
}

export interface PlanDocumentRisk {
  title: string;
  category: CrisisType;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  owner: string | null;
  earlySigns: string[];
  mitigation: string;
  playbook: string | null;
  reviewDueAt: number | null;
  reviewOverdue: boolean;
}

export interface PlanDocumentTeam {
  scope: CrisisType | 'all';
  members: { role: CrisisRole; person: string; deputies: string[] }[];
}

export interface PlanDocumentContact {
  kind: 'internal_emergency' | 'internal_expert' | 'media' | 'regulator' | 'partner';
  name: string;
  organisation: string;
  title: string;
  topic: string | null;
  beat: string;
  region: string;
  email: string;
  phone: string | null;
  whatsapp: string | null;
  notes: string | null;
}

export interface PlanDocumentPlaybook {
  title: string;
  crisisType: CrisisType;
  version: number;
  steps: PlaybookStep[];
}

export interface PlanDocumentPolicy {
  title: string;
  version: number;
  publishedAt: number;
  /** Markdown as written. */
  body: string;
}
