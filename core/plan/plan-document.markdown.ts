import type { PlanDocumentContact, PlanDocumentData } from './plan-document.types';
import { type DocumentLanguage, type DocumentText, documentText, formatDocumentDate, formatDocumentTime } from './plan-document.text';
import { RISK_SCALE } from './risk-rules';

/** Risks per likelihood (rows, 5 at the top) and impact (columns), as the heat map prints. */
export function countRisksByCell(risks: readonly { likelihood: number; impact: number }[]): number[][] {
  return [...RISK_SCALE].reverse().map((l) => RISK_SCALE.map((i) => risks.filter((r) => r.likelihood === l && r.impact === i).length));
}

/** The sections in print order, so the contents and the headings agree. */
export const DOCUMENT_SECTIONS = ['risks', 'team', 'contacts', 'playbooks', 'templates', 'policy'] as const;

/** Contacts grouped by kind in the directory's order of urgency. */
export function groupContacts(contacts: readonly PlanDocumentContact[]): [PlanDocumentContact['kind'], PlanDocumentContact[]][] {
  const kinds = ['internal_emergency', 'internal_expert', 'media', 'regulator', 'partner'] as const;
  return kinds
    .map((kind) => [kind, contacts.filter((c) => c.kind === kind)] as [typeof kind, PlanDocumentContact[]])
    .filter(([, list]) => list.length > 0);
}

export function contactRole(text: DocumentText, c: PlanDocumentContact): string {
  const topic = c.topic ? (text.topics[c.topic] ?? c.topic) : '';
  return [c.organisation, c.title, topic, c.beat, c.region].filter(Boolean).join(' · ');
}

/** Headings inside the policy move under the section's own, so the document's outline stays whole. */
export function demoteHeadings(markdown: string, levels: number): string {
  return markdown.replace(/^(#{1,6})(?=\s)/gm, (hashes) => '#'.repeat(Math.min(6, hashes.length + levels)));
}

const cell = (value: string) =>
  value
    .replace(/\|/g, '\\|')
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim() || '—';

function row(values: string[]): string {
  return `| ${values.map(cell).join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(row)];
}

/** The whole plan as Markdown, readable as plain text and printable anywhere. */
export function renderPlanMarkdown(data: PlanDocumentData, lang: DocumentLanguage): string {
  const text = documentText(lang);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    `# ${text.title} — ${data.workspaceName}`,
    '',
    `_${text.generated(formatDocumentTime(data.generatedAt), data.generatedBy)}_`,
    '',
    `> ${text.offlineNote}`,
    '',
  );
  push(`## ${text.contents}`, '', ...DOCUMENT_SECTIONS.map((s, i) => `${i + 1}. ${text.sections[s]}`), '');

  push(`## 1. ${text.sections.risks}`, '');
  if (data.risks.length === 0) push(text.none, '');
  else {
    const r = text.risk;
    push(
      ...table(
        [r.title, r.category, r.score, r.owner, r.playbook, r.review],
        data.risks.map((risk) => [
          risk.title,
          text.crisisTypes[risk.category],
          `${risk.likelihood} × ${risk.impact} = ${risk.score} (${text.levels[risk.level]})`,
          risk.owner ?? '—',
          risk.playbook ?? '—',
          risk.reviewDueAt === null ? '—' : `${formatDocumentDate(risk.reviewDueAt)}${risk.reviewOverdue ? ` (${r.overdue})` : ''}`,
        ]),
      ),
      '',
    );
    for (const risk of data.risks.filter((x) => x.earlySigns.length > 0 || x.mitigation)) {
      push(`**${risk.title}**`, '');
      if (risk.earlySigns.length > 0) push(`${r.earlySigns}:`, '', ...risk.earlySigns.map((s) => `- ${s}`), '');
      if (risk.mitigation) push(`${r.mitigation}: ${risk.mitigation}`, '');
    }
  }
  push(`### ${text.sections.heatMap}`, '');
  const counts = countRisksByCell(data.risks);
  push(
    ...table(
      [`${text.likelihood} \\ ${text.impact}`, '1', '2', '3', '4', '5'],
      counts.map((line, i) => [String(5 - i), ...line.map(String)]),
    ),
    '',
  );

  push(`## 2. ${text.sections.team}`, '');
  if (data.teams.length === 0) push(text.none, '');
  for (const team of data.teams) {
    push(`### ${team.scope === 'all' ? text.allTypes : text.crisisTypes[team.scope]}`, '');
    push(
      ...table(
        [text.role, text.person, text.deputies],
        team.members.map((m) => [text.roles[m.role], m.person, m.deputies.join(', ') || '—']),
      ),
      '',
    );
  }

  push(`## 3. ${text.sections.contacts}`, '');
  if (data.contactsPrivateHidden) push(`_${text.contact.privateHidden}_`, '');
  if (data.contacts.length === 0) push(text.none, '');
  const c = text.contact;
  for (const [kind, list] of groupContacts(data.contacts)) {
    push(`### ${text.contactKinds[kind]}`, '');
    const header = data.contactsPrivateHidden
      ? [c.name, c.organisation, c.email]
      : [c.name, c.organisation, c.email, c.phone, c.whatsapp, c.notes];
    const rows = list.map((x) => {
      const base = [x.name, contactRole(text, x), x.email || '—'];
      return data.contactsPrivateHidden ? base : [...base, x.phone || '—', x.whatsapp || '—', x.notes || '—'];
    });
    push(...table(header, rows), '');
  }

  push(`## 4. ${text.sections.playbooks}`, '');
  if (data.playbooks.length === 0) push(text.none, '');
  for (const playbook of data.playbooks) {
    push(`### ${playbook.title}`, '', `_${text.crisisTypes[playbook.crisisType]} · ${text.version(playbook.version)}_`, '');
    playbook.steps.forEach((step, i) => {
      const due = step.dueAfterMinutes === null ? text.step.open : text.step.due(step.dueAfterMinutes);
      push(`${i + 1}. **${step.title}** — ${text.step.owner}: ${text.roles[step.ownerRole]}; ${due}`);
      if (step.description) push(`   ${step.description.replace(/\r?\n/g, ' ')}`);
      for (const item of step.checklist) push(`   - [ ] ${item}`);
      if (step.templateIds.length > 0) push(`   ${text.step.templates}: ${step.templateIds.join(', ')}`);
      if (step.escalation) push(`   ${text.step.escalation}: ${step.escalation}`);
    });
    push('');
  }

  push(`## 5. ${text.sections.templates}`, '', text.templatesPlaceholder, '');

  push(`## 6. ${text.sections.policy}`, '');
  if (!data.policy) push(text.policyMissing, '');
  else {
    const p = data.policy;
    push(
      `### ${p.title}`,
      '',
      `_${text.version(p.version)} · ${formatDocumentDate(p.publishedAt)}_`,
      '',
      demoteHeadings(p.body.trim(), 3),
      '',
    );
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
