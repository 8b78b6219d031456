import { contactRole, countRisksByCell, DOCUMENT_SECTIONS, groupContacts } from './plan-document.markdown';
import { type DocumentLanguage, documentText, formatDocumentDate, formatDocumentTime } from './plan-document.text';
import type { PlanDocumentData } from './plan-document.types';
import { levelOfRisk } from './risk-rules';

/** Every text in the document comes from people; nothing of it may become markup. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Enough Markdown for a policy on paper: headings, bullet lists and paragraphs; everything else stays text. */
export function renderSimpleMarkdown(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0] ?? '');
      if (heading && lines.length === 1) return `<h4>${escapeHtml(heading[2] ?? '')}</h4>`;
      if (lines.every((l) => /^\s*[-*]\s+/.test(l)))
        return `<ul>${lines.map((l) => `<li>${escapeHtml(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
      if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l)))
        return `<ol>${lines.map((l) => `<li>${escapeHtml(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
}

const LEVEL_COLOURS = { low: '#d3f9d8', medium: '#fff3bf', high: '#ffd8a8', critical: '#ffc9c9' } as const;

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 15pt; border-bottom: 2px solid #333; padding-bottom: 2px; margin-top: 28px; }
h3 { font-size: 12pt; margin: 18px 0 6px; } h4 { font-size: 11pt; margin: 12px 0 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
.note { border-left: 4px solid #c92a2a; padding: 6px 10px; background: #fff5f5; }
.muted { color: #555; font-style: italic; }
.heat td, .heat th { text-align: center; width: 16%; }
.overdue { color: #c92a2a; font-weight: bold; }
ol.steps > li { margin-bottom: 10px; }
.checklist { list-style: none; padding-left: 4px; } .checklist li::before { content: "☐ "; }
@media print {
  body { padding: 0; max-width: none; }
  h2 { break-before: page; } nav + h2, h2.first { break-before: auto; }
  tr, .step, h3, h4 { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

/** The whole plan as one self-contained HTML page with a print stylesheet (A4, a section per page). */
export function renderPlanHtml(data: PlanDocumentData, lang: DocumentLanguage): string {
  const text = documentText(lang);
  const e = escapeHtml;
  const out: string[] = [];
  const push = (...parts: string[]) => out.push(...parts);
  const tableOf = (header: string[], rows: string[][], cls = '') =>
    `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;

  push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(`${text.title} — ${data.workspaceName}`)}</title><style>${STYLE}</style></head><body>`,
  );
  push(
    `<h1>${e(text.title)} — ${e(data.workspaceName)}</h1><p class="muted">${e(text.generated(formatDocumentTime(data.generatedAt), data.generatedBy))}</p>`,
  );
  push(`<p class="note">${e(text.offlineNote)}</p>`);
  push(
    `<nav><h2 class="first">${e(text.contents)}</h2><ol>${DOCUMENT_SECTIONS.map((s) => `<li><a href="#${s}">${e(text.sections[s])}</a></li>`).join('')}</ol></nav>`,
  );

  const r = text.risk;
  push(`<h2 id="risks">1. ${e(text.sections.risks)}</h2>`);
  if (data.risks.length === 0) push(`<p>${e(text.none)}</p>`);
  else
    push(
      tableOf(
        [r.title, r.score, r.owner, r.earlySigns, r.mitigation, r.playbook, r.review],
        data.risks.map((risk) => [
          `<strong>${e(risk.title)}</strong><br><span class="muted">${e(text.crisisTypes[risk.category])}</span>`,
          `<span style="background:${LEVEL_COLOURS[risk.level]};padding:0 4px">${risk.likelihood} × ${risk.impact} = ${risk.score}</span><br>${e(text.levels[risk.level])}`,
          e(risk.owner ?? '—'),
          risk.earlySigns.length > 0 ? `<ul>${risk.earlySigns.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : '—',
          e(risk.mitigation || '—'),
          e(risk.playbook ?? '—'),
          risk.reviewDueAt === null
            ? '—'
            : `${formatDocumentDate(risk.reviewDueAt)}${risk.reviewOverdue ? ` <span class="overdue">(${e(r.overdue)})</span>` : ''}`,
        ]),
      ),
    );
  push(`<h3>${e(text.sections.heatMap)}</h3>`);
  const counts = countRisksByCell(data.risks);
  push(
    tableOf(
      [`${text.likelihood} \\ ${text.impact}`, '1', '2', '3', '4', '5'],
      counts.map((line, i) => [
        `<strong>${5 - i}</strong>`,
        ...line.map((n, j) => `<span style="display:block;background:${LEVEL_COLOURS[levelOfRisk(5 - i, j + 1)]}">${n || '&nbsp;'}</span>`),
      ]),
      'heat',
    ),
  );

  push(`<h2 id="team">2. ${e(text.sections.team)}</h2>`);
  if (data.teams.length === 0) push(`<p>${e(text.none)}</p>`);
  for (const team of data.teams) {
    push(`<h3>${e(team.scope === 'all' ? text.allTypes : text.crisisTypes[team.scope])}</h3>`);
    push(
      tableOf(
        [text.role, text.person, text.deputies],
        team.members.map((m) => [e(text.roles[m.role]), e(m.person), e(m.deputies.join(', ') || '—')]),
      ),
    );
  }

  const c = text.contact;
  push(`<h2 id="contacts">3. ${e(text.sections.contacts)}</h2>`);
  if (data.contactsPrivateHidden) push(`<p class="muted">${e(c.privateHidden)}</p>`);
  if (data.contacts.length === 0) push(`<p>${e(text.none)}</p>`);
  for (const [kind, list] of groupContacts(data.contacts)) {
    push(`<h3>${e(text.contactKinds[kind])}</h3>`);
    const header = data.contactsPrivateHidden
      ? [c.name, c.organisation, c.email]
      : [c.name, c.organisation, c.email, c.phone, c.whatsapp, c.notes];
    const rows = list.map((x) => {
      const base = [`<strong>${e(x.name)}</strong>`, e(contactRole(text, x) || '—'), e(x.email || '—')];
      return data.contactsPrivateHidden ? base : [...base, e(x.phone || '—'), e(x.whatsapp || '—'), e(x.notes || '—')];
    });
    push(tableOf(header, rows));
  }

  push(`<h2 id="playbooks">4. ${e(text.sections.playbooks)}</h2>`);
  if (data.playbooks.length === 0) push(`<p>${e(text.none)}</p>`);
  for (const playbook of data.playbooks) {
    push(
      `<h3>${e(playbook.title)}</h3><p class="muted">${e(`${text.crisisTypes[playbook.crisisType]} · ${text.version(playbook.version)}`)}</p><ol class="steps">`,
    );
    for (const step of playbook.steps) {
      const due = step.dueAfterMinutes === null ? text.step.open : text.step.due(step.dueAfterMinutes);
      push(`<li class="step"><strong>${e(step.title)}</strong> — ${e(`${text.step.owner}: ${text.roles[step.ownerRole]}; ${due}`)}`);
      if (step.description) push(`<br>${e(step.description)}`);
      if (step.checklist.length > 0) push(`<ul class="checklist">${step.checklist.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`);
      if (step.templateIds.length > 0) push(`<div>${e(`${text.step.templates}: ${step.templateIds.join(', ')}`)}</div>`);
      if (step.escalation) push(`<div>${e(`${text.step.escalation}: ${step.escalation}`)}</div>`);
      push('</li>');
    }
    push('</ol>');
  }

  push(`<h2 id="templates">5. ${e(text.sections.templates)}</h2><p class="muted">${e(text.templatesPlaceholder)}</p>`);
  push(`<h2 id="policy">6. ${e(text.sections.policy)}</h2>`);
  if (!data.policy) push(`<p>${e(text.policyMissing)}</p>`);
  else {
    const p = data.policy;
    push(
      `<h3>${e(p.title)}</h3><p class="muted">${e(`${text.version(p.version)} · ${formatDocumentDate(p.publishedAt)}`)}</p>`,
      renderSimpleMarkdown(p.body),
    );
  }
  push('</body></html>');
  return out.join('\n');
}
