import type { Kysely, Selectable } from 'kysely';
import type { InboxReply } from '../../../core/api';
import type { Database, InboxRepliesTable } from '../../db/schema';

/** A workspace's replies with their author's and approver's names, to narrow and order. */
export function selectReplyRows(db: Kysely<Database>, workspaceId: number) {
  return db
    .selectFrom('inbox_replies as r')
    .leftJoin('users as a', 'a.id', 'r.author_id')
    .leftJoin('users as p', 'p.id', 'r.approver_id')
    .selectAll('r')
    .select(['a.name as author_name', 'p.name as approver_name'])
    .where('r.workspace_id', '=', workspaceId);
}

export function toReply(r: Selectable<InboxRepliesTable> & { author_name: string | null; approver_name: string | null }): InboxReply {
  return {
    id: r.id,
    itemId: r.item_id,
    accountId: r.account_id,
    text: r.text,
    templateId: r.template_id,
    templateVersion: r.template_version,
    status: r.status as InboxReply['status'],
    approvalReason: r.approval_reason as InboxReply['approvalReason'],
    authorId: r.author_id,
    authorName: r.author_name,
    approverId: r.approver_id,
    approverName: r.approver_name,
    decisionComment: r.decision_comment,
    decidedAt: r.decided_at,
    outboxItemId: r.outbox_item_id,
    error: r.error,
    createdAt: r.created_at,
  };
}
