import type { Selectable } from 'kysely';
import type { InboxReply } from '../../../core/api';
import type { InboxRepliesTable } from '../../db/schema';

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
