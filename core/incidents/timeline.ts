/** Everything the crisis room records, in the past tense. */
export const TIMELINE_KINDS = [
  'declared',
  'alert_linked',
  'state_changed',
  'severity_changed',
  'team_changed',
  'task_added',
  'task_assigned',
  'task_done',
  'task_reopened',
  'checklist_ticked',
  'fact_sheet_updated',
  'evidence_added',
  'evidence_removed',
  'note',
  'posts_paused',
  'posts_resumed',
  'reminder_sent',
  'deadline_missed',
  'delivered',
  'delivery_failed',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

type Details = Record<string, unknown>;
type Language = 'id' | 'en';

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

const STATE_NAMES: Record<Language, Record<string, string>> = {
  id: {
    declared: 'Dinyatakan',
    active: 'Aktif',
    contained: 'Terkendali',
    monitoring: 'Pemantauan',
    resolved: 'Selesai',
    reviewed: 'Dievaluasi',
  },
  en: {
    declared: 'Declared',
    active: 'Active',
    contained: 'Contained',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
    reviewed: 'Reviewed',
  },
};

export function stateName(state: string, language: Language): string {
  return STATE_NAMES[language][state] ?? state;
}

const DELIVERY_WHAT: Record<Language, Record<string, string>> = {
  id: { reply: 'Balasan', statement: 'Pernyataan', scheduled_post: 'Posting terjadwal', moderation: 'Tindakan moderasi' },
  en: { reply: 'Reply', statement: 'Statement', scheduled_post: 'Scheduled post', moderation: 'Moderation action' },
};

/** What went out, from the outbox item's kind. */
function deliveryWhat(d: Details, language: Language): string {
  return DELIVERY_WHAT[language][str(d.kind)] ?? str(d.kind);
}

/** The account a delivery went through (` @handle`), or how many people an e-mail reached (` (3 penerima)`). */
function via(d: Details, language: Language): string {
  if (typeof d.recipients === 'number') return language === 'id' ? ` (${d.recipients} penerima)` : ` (${d.recipients} recipients)`;
  return d.handle ? ` @${str(d.handle)}` : '';
}

const TEXT: Record<Language, Record<TimelineKind, (d: Details) => string>> = {
  id: {
    declared: (d) => `Insiden dinyatakan: ${str(d.title)} (tingkat ${str(d.severity)})`,
    alert_linked: (d) => `Peringatan #${str(d.alertId)} ditautkan`,
    state_changed: (d) =>
      `Status berubah dari ${stateName(str(d.from), 'id')} ke ${stateName(str(d.to), 'id')}${d.note ? `: ${str(d.note)}` : ''}${d.resolutionSummary ? `: ${str(d.resolutionSummary)}` : ''}${d.reviewNote ? `: ${str(d.reviewNote)}` : ''}`,
    severity_changed: (d) => `Tingkat keparahan dari ${str(d.from)} ke ${str(d.to)}: ${str(d.reason)}`,
    team_changed: (d) => `Tim diperbarui (${str(d.members)} orang)`,
    task_added: (d) => `Tugas ditambahkan: ${str(d.title)}`,
    task_assigned: (d) => `Tugas "${str(d.title)}" diberikan kepada ${str(d.assignee) || 'belum ada'}`,
    task_done: (d) => `Tugas selesai: ${str(d.title)}`,
    task_reopened: (d) => `Tugas dibuka lagi: ${str(d.title)}`,
    checklist_ticked: (d) => `${d.done ? 'Dicentang' : 'Centang dihapus'}: ${str(d.item)} (${str(d.title)})`,
    fact_sheet_updated: (d) => `Lembar fakta diperbarui (versi ${str(d.version)})`,
    evidence_added: (d) => `${str(d.count)} sebutan ditambahkan sebagai bukti`,
    evidence_removed: (d) => `Sebutan #${str(d.mentionId)} dihapus dari bukti`,
    note: (d) => str(d.text),
    posts_paused: (d) => `Posting terjadwal ${str(d.brandName)} dijeda: ${str(d.reason)}`,
    posts_resumed: (d) => `Posting terjadwal ${str(d.brandName)} dilanjutkan`,
    reminder_sent: (d) => `Pengingat tenggat dikirim: ${str(d.title)}`,
    deadline_missed: (d) => `Tenggat terlewat, dieskalasi ke pemimpin krisis: ${str(d.title)}`,
    delivered: (d) => `${deliveryWhat(d, 'id')} terkirim lewat ${str(d.channel)}${via(d, 'id')}${d.url ? `: ${str(d.url)}` : ''}`,
    delivery_failed: (d) => `${deliveryWhat(d, 'id')} gagal dikirim lewat ${str(d.channel)}${via(d, 'id')}: ${str(d.error)}`,
  },
  en: {
    declared: (d) => `Incident declared: ${str(d.title)} (level ${str(d.severity)})`,
    alert_linked: (d) => `Alert #${str(d.alertId)} linked`,
    state_changed: (d) =>
      `State changed from ${stateName(str(d.from), 'en')} to ${stateName(str(d.to), 'en')}${d.note ? `: ${str(d.note)}` : ''}${d.resolutionSummary ? `: ${str(d.resolutionSummary)}` : ''}${d.reviewNote ? `: ${str(d.reviewNote)}` : ''}`,
    severity_changed: (d) => `Severity changed from ${str(d.from)} to ${str(d.to)}: ${str(d.reason)}`,
    team_changed: (d) => `Team updated (${str(d.members)} people)`,
    task_added: (d) => `Task added: ${str(d.title)}`,
    task_assigned: (d) => `Task "${str(d.title)}" given to ${str(d.assignee) || 'nobody yet'}`,
    task_done: (d) => `Task done: ${str(d.title)}`,
    task_reopened: (d) => `Task reopened: ${str(d.title)}`,
    checklist_ticked: (d) => `${d.done ? 'Ticked' : 'Unticked'}: ${str(d.item)} (${str(d.title)})`,
    fact_sheet_updated: (d) => `Fact sheet updated (version ${str(d.version)})`,
    evidence_added: (d) => `${str(d.count)} mentions added as evidence`,
    evidence_removed: (d) => `Mention #${str(d.mentionId)} removed from the evidence`,
    note: (d) => str(d.text),
    posts_paused: (d) => `Scheduled posts of ${str(d.brandName)} paused: ${str(d.reason)}`,
    posts_resumed: (d) => `Scheduled posts of ${str(d.brandName)} resumed`,
    reminder_sent: (d) => `Deadline reminder sent: ${str(d.title)}`,
    deadline_missed: (d) => `Deadline missed, escalated to the crisis lead: ${str(d.title)}`,
    delivered: (d) => `${deliveryWhat(d, 'en')} delivered through ${str(d.channel)}${via(d, 'en')}${d.url ? `: ${str(d.url)}` : ''}`,
    delivery_failed: (d) => `${deliveryWhat(d, 'en')} could not be delivered through ${str(d.channel)}${via(d, 'en')}: ${str(d.error)}`,
  },
};

/** One line for a timeline entry, for the room, the exports and notifications. */
export function describeTimelineEntry(kind: TimelineKind, details: Details, language: Language): string {
  return TEXT[language][kind](details);
}
