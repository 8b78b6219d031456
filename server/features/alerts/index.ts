export { type AlertEngine, type AlertNoticeKind, type AlertNotifier, createAlertEngine, severityOf } from './alert-engine';
export { alertSummary, alertTitle } from './alert-text';
export { type AlertService, createAlertService } from './alerts.service';
export { alertRoutes } from './alerts.routes';
export { DEFAULT_ALERT_RULES } from './alert-rules';
export { alertNotification } from './alert-notification';
