import { type DocumentLanguage, renderPlanHtml, renderPlanMarkdown } from '../../../core/plan/plan-document';
import type { ContactViewer } from '../../../core/policy/contact-visibility';
import type { ServiceDeps } from '../../deps';
import type { Actor } from '../../security/actor';
import { recordAudit } from '../audit';
import type { PdfPrinter } from './pdf-printer';
import { type PlanDocumentSources, collectPlanDocument } from './plan-document.sources';

export const PLAN_DOCUMENT_FORMATS = ['html', 'markdown', 'pdf'] as const;
export type PlanDocumentFormat = (typeof PLAN_DOCUMENT_FORMATS)[number];

export interface PlanDocumentFile {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

const CONTENT_TYPES: Record<PlanDocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
};
const EXTENSIONS: Record<PlanDocumentFormat, string> = { html: 'html', markdown: 'md', pdf: 'pdf' };

function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'siaga'
  );
}

/** The whole plan as a document, as the exporter may see it; every export is audited (it carries contacts). */
export function createPlanDocumentService({ db, clock }: ServiceDeps, sources: PlanDocumentSources, print: PdfPrinter) {
  return {
    async exportPlan(
      workspaceId: number,
      format: PlanDocumentFormat,
      language: DocumentLanguage,
      actor: Actor,
      viewer: ContactViewer,
    ): Promise<PlanDocumentFile> {
      const now = clock.now();
      const data = await collectPlanDocument(sources, workspaceId, viewer, actor.userId, now);
      const body =
        format === 'markdown'
          ? renderPlanMarkdown(data, language)
          : format === 'html'
            ? renderPlanHtml(data, language)
            : await print(renderPlanHtml(data, language));
      await recordAudit(db, actor, now, {
        workspaceId,
        action: 'plan.exported',
        targetType: 'plan',
        details: { format, language, risks: data.risks.length, contacts: data.contacts.length, playbooks: data.playbooks.length },
      });
      const stamp = new Date(now).toISOString().slice(0, 10);
      const prefix = language === 'en' ? 'crisis-plan' : 'rencana-krisis';
      return {
        contentType: CONTENT_TYPES[format],
        fileName: `${prefix}-${slugOf(data.workspaceName)}-${stamp}.${EXTENSIONS[format]}`,
        body,
      };
    },
  };
}

export type PlanDocumentService = ReturnType<typeof createPlanDocumentService>;
