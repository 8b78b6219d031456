export * from './plan-document.types';
export { type DocumentLanguage, documentText } from './plan-document.text';
export { countRisksByCell, renderPlanMarkdown } from './plan-document.markdown';
export { escapeHtml, renderPlanHtml, renderSimpleMarkdown } from './plan-document.html';
