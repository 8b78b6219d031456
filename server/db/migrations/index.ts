import type { Migration } from 'kysely';
import * as initial from './2026-11-21T1500-initial';
import * as analysis from './2026-11-21T1900-analysis';
import * as notifications from './2026-11-21T2300-notifications';
import * as alerts from './2026-11-21T2330-alerts';
import * as replyIndex from './2026-11-22T0100-reply-index';
import * as uniqueAuthors from './2026-11-22T0200-unique-authors';
import * as plan from './2026-11-22T0300-plan';
import * as engagementSnapshots from './2026-11-22T0310-engagement-snapshots';
// Registers: the risk register and the contacts directory.
import * as risks from './2026-11-22T0310-risks';
import * as contacts from './2026-11-22T0312-contacts';
import * as incidents from './2026-11-22T0320-incidents';
import * as messageLibrary from './2026-11-22T0330-message-library';
import * as outbox from './2026-11-22T0340-outbox';
import * as publishingRights from './2026-11-22T0400-publishing-rights';
import * as inbox from './2026-11-22T0410-inbox';
import * as statements from './2026-11-22T0420-statements';
import * as moderation from './2026-11-22T0430-moderation';
import * as ftsBulkFill from './2026-11-22T0500-fts-bulk-fill';
import * as partialReplyIndex from './2026-11-22T0600-partial-reply-index';
import * as detectorGeneration from './2026-11-23T0700-detector-generation';
/** Every migration, in order; names are timestamps so they sort. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-21T1500-initial': initial,
  '2026-11-21T1900-analysis': analysis,
  '2026-11-21T2300-notifications': notifications,
  '2026-11-21T2330-alerts': alerts,
  '2026-11-22T0100-reply-index': replyIndex,
  '2026-11-22T0200-unique-authors': uniqueAuthors,
  '2026-11-22T0300-plan': plan,
  '2026-11-22T0310-engagement-snapshots': engagementSnapshots,
  '2026-11-22T0310-risks': risks,
  '2026-11-22T0312-contacts': contacts,
  '2026-11-22T0320-incidents': incidents,
  '2026-11-22T0330-message-library': messageLibrary,
  '2026-11-22T0340-outbox': outbox,
  '2026-11-22T0400-publishing-rights': publishingRights,
  '2026-11-22T0410-inbox': inbox,
  '2026-11-22T0420-statements': statements,
  '2026-11-22T0430-moderation': moderation,
  '2026-11-22T0500-fts-bulk-fill': ftsBulkFill,
  '2026-11-22T0600-partial-reply-index': partialReplyIndex,
  '2026-11-23T0700-detector-generation': detectorGeneration,
};
