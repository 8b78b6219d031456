import type { Alert } from '../../../core/api';
import type { NotificationMessage, NotificationSeverity } from '../../../core/notifications';
import type { AlertNoticeKind } from './alert-engine';
import { alertSummary, alertTitle } from './alert-text';

const SEVERITY: Record<Alert['severity'], NotificationSeverity> = { info: 'info', warning: 'high', critical: 'critical' };

/**
 * The notification for an alert: Indonesian first, with the English underneath so a mixed team reads
 * it at a glance. The dedupe key names the alert, what happened and the escalation step, so a retry or a
 * second process never sends the same news twice, while each escalation still goes out.
 */
export function alertNotification(alert: Alert, kind: AlertNoticeKind, publicUrl: string): NotificationMessage {
  return {
    kind: kind === 'escalated' ? 'alert.escalated' : 'alert.raised',
    severity: SEVERITY[alert.severity],
    title: alertTitle(alert, 'id'),
    body: `${alertSummary(alert, 'id')}\n\n${alertTitle(alert, 'en')}\n${alertSummary(alert, 'en')}`,
    link: `${publicUrl}/alerts/${alert.id}`,
    language: 'id',
    dedupeKey: `alert:${alert.id}:${kind}:${alert.escalationStep}:${alert.severity}`,
  };
}
