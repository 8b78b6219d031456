export { createChromiumPrinter, missingChromiumError, type PdfPrinter } from './pdf-printer';
export { type PlanDocumentService, createPlanDocumentService } from './plan-document.service';
export type { PlanDocumentSources } from './plan-document.sources';
export { planDocumentRoutes } from './plan-document.routes';
