export {
  type UpdatePageService,
  type HtmlAnswer,
  createUpdatePageService,
  CONFIRM_TTL_MS,
  SUBSCRIBE_ATTEMPTS_PER_HOUR,
} from './update-pages.service';
export { type PageTokens, createPageTokens } from './page-tokens';
export { findPageOfBrand, listConfirmedSubscribers, pageUrlOf } from './update-pages.repository';
export { publicUpdatePageRoutes, updatePageRoutes } from './updates-page.routes';
export { escapeHtml } from './page-render';
