/** What kind of event a notification tells about; alert engines add theirs as they arrive. */
export const NOTIFICATION_KINDS = [
  'alert.raised',
  'alert.escalated',
  'alert.resolved',
  'incident.declared',
  'incident.task_assigned',
  'incident.task_due_soon',
  'incident.task_overdue',
  'test',
  'statement.update_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];

export const NOTIFICATION_LANGUAGES = ['id', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** One message to send to some of a workspace's channels; the same dedupe key is never delivered twice to a channel. */
export interface NotificationMessage {
  kind: NotificationKind;
  severity: NotificationSeverity;
  title: string;
  body: string;
  /** Where to look: an absolute URL into Siaga (the alert, the incident). */
  link: string | null;
  language: NotificationLanguage;
  dedupeKey: string;
}

interface Labels {
  severity: Record<NotificationSeverity, string>;
  kind: Record<NotificationKind, string>;
  open: string;
  severityLabel: string;
  footer: string;
}

const LABELS: Record<NotificationLanguage, Labels> = {
  id: {
    severity: { info: 'Info', low: 'Rendah', medium: 'Sedang', high: 'Tinggi', critical: 'Kritis' },
    kind: {
      'alert.raised': 'Peringatan baru',
      'alert.escalated': 'Peringatan dieskalasi',
      'alert.resolved': 'Peringatan selesai',
      'incident.declared': 'Insiden dinyatakan',
      'incident.task_assigned': 'Tugas baru',
      'incident.task_due_soon': 'Tenggat segera tiba',
      'incident.task_overdue': 'Tenggat terlewat',
      test: 'Pesan uji',
      'statement.update_due': 'Waktu pembaruan terlewat',
    },
    open: 'Buka di Siaga',
    severityLabel: 'Tingkat',
    footer: 'Dikirim oleh Siaga',
  },
  en: {
    severity: { info: 'Info', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    kind: {
      'alert.raised': 'New alert',
      'alert.escalated': 'Alert escalated',
      'alert.resolved': 'Alert resolved',
      'incident.declared': 'Incident declared',
      'incident.task_assigned': 'New task',
      'incident.task_due_soon': 'Deadline near',
      'incident.task_overdue': 'Deadline missed',
      test: 'Test message',
      'statement.update_due': 'Next update overdue',
    },
    open: 'Open in Siaga',
    severityLabel: 'Severity',
    footer: 'Sent by Siaga',
  },
};

export function notificationLabels(language: NotificationLanguage): Labels {
  return LABELS[language];
}

const SEVERITY_MARK: Record<NotificationSeverity, string> = { info: 'ℹ️', low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };

export function severityMark(severity: NotificationSeverity): string {
  return SEVERITY_MARK[severity];
}

/** `🔴 [Kritis] Peringatan baru: <title>` — the one-line form used for subjects and previews. */
export function renderHeadline(message: NotificationMessage): string {
  const l = LABELS[message.language];
  return `${SEVERITY_MARK[message.severity]} [${l.severity[message.severity]}] ${l.kind[message.kind]}: ${message.title}`;
}

/** The plain-text form: headline, body, link and footer. */
export function renderPlainText(message: NotificationMessage): string {
  const l = LABELS[message.language];
  const lines = [renderHeadline(message), '', message.body];
  if (message.link) lines.push('', `${l.open}: ${message.link}`);
  lines.push('', `— ${l.footer}`);
  return lines.join('\n');
}
