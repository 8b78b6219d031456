import type { NotificationMessage } from '../../../core/notifications';
import type { ServiceDeps } from '../../deps';
import type { Mailer } from '../../mail/mailer';
import type { ActiveIncidentPort } from '../messages';
import type { UpdatePageService } from '../updates-page';
import { createStatementWorker } from './statements.worker';
import { createStatementService } from './statements.service';

/** Statements: the service people use and the scheduler's pass (scheduled statements, e-mails, reminders). */
export function createStatementFeature(
  deps: ServiceDeps,
  ports: {
    isIncidentActive: ActiveIncidentPort;
    mailer: Mailer;
    pages: UpdatePageService;
    notify: (workspaceId: number, message: NotificationMessage) => Promise<unknown>;
    random?: () => number;
  },
) {
  const statements = createStatementService(deps, ports);
  const worker = createStatementWorker(deps, ports);
  let running = false;
  return {
    statements,
    /** One pass: publish what is due, send e-mails, remind of promised updates. */
    tick: async () => {
      if (running) return { published: 0, emails: { sent: 0, retrying: 0, failed: 0 }, reminded: 0 };
      running = true;
      try {
        const published = await statements.publishDue();
        const emails = await worker.sendEmails();
        const reminded = await worker.remindNextUpdates();
        return { published, emails, reminded };
      } finally {
        running = false;
      }
    },
  };
}

export type { StatementService } from './statements.service';
export { statementDeliveryListener } from './statements.worker';
export { statementRoutes } from './statements.routes';
