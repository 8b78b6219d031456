import { CHANNEL_IDS, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_STATUSES } from '../../../core/messaging';
import { CRISIS_TYPES } from '../../../core/plan';

export { CHANNEL_IDS, CRISIS_TYPES, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_STATUSES };

/** Status colours: approved is the one a crisis may use; anything else asks for attention. */
export const STATUS_COLORS = { draft: 'gray', in_review: 'blue', approved: 'green', rejected: 'red', expired: 'orange' } as const;
