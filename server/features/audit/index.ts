export { type AuditRecord, recordAudit } from './audit.service';
export { auditRoutes } from './audit.routes';
