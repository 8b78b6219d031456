import type { TimelineEntry } from '../../../core/api';
import { describeTimelineEntry } from '../../../core/incidents';

type Language = 'id' | 'en';

const HEADERS: Record<Language, { at: string; kind: string; who: string; what: string; title: string; system: string }> = {
  id: { at: 'Waktu (UTC)', kind: 'Jenis', who: 'Oleh', what: 'Keterangan', title: 'Linimasa insiden', system: 'Sistem' },
  en: { at: 'Time (UTC)', kind: 'Kind', who: 'By', what: 'What happened', title: 'Incident timeline', system: 'System' },
};

const isoOf = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');

/** A CSV cell: quoted when it holds a separator, quote or line break; a leading formula sign is neutralised. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderTimelineCsv(entries: readonly TimelineEntry[], language: Language): string {
  const h = HEADERS[language];
  const lines = [[h.at, h.kind, h.who, h.what].join(',')];
  for (const e of entries) {
    lines.push([isoOf(e.at), e.kind, e.actorName ?? h.system, describeTimelineEntry(e.kind, e.details, language)].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Markdown table cells cannot hold pipes or line breaks. */
const mdCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderTimelineMarkdown(title: string, entries: readonly TimelineEntry[], language: Language): string {
  const h = HEADERS[language];
  const lines = [`# ${h.title}: ${mdCell(title)}`, '', `| ${h.at} | ${h.who} | ${h.what} |`, '| --- | --- | --- |'];
  for (const e of entries) {
    lines.push(`| ${isoOf(e.at)} | ${mdCell(e.actorName ?? h.system)} | ${mdCell(describeTimelineEntry(e.kind, e.details, language))} |`);
  }
  return `${lines.join('\n')}\n`;
}
