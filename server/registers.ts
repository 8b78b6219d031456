import type { ServiceDeps } from './deps';
import { createContactFileService, createContactService } from './features/contacts';
import type { PlanService } from './features/plan';
import { type PdfPrinter, createChromiumPrinter, createPlanDocumentService } from './features/plan-document';
import { createRiskService, playbookDirectoryOf } from './features/risks';

/** The risk register, the contacts directory and the plan as a document, wired to the plan they read. */
export function createRegisterServices(deps: ServiceDeps, plan: PlanService, printPdf?: PdfPrinter) {
  const risks = createRiskService(deps, playbookDirectoryOf(plan));
  const contacts = createContactService(deps);
  return {
    risks,
    contacts,
    contactFiles: createContactFileService(deps),
    planDocument: createPlanDocumentService(
      deps,
      { db: deps.db, risks, contacts, plan },
      printPdf ?? createChromiumPrinter(deps.config.chromiumPath),
    ),
  };
}
