import { readStatusAt } from './approval-machine';
import type { ApprovalPolicy, TemplateVersionState } from './approval.types';

export interface StatementUse {
  userId: number;
  now: number;
  /** A crisis (incident) is declared for the brand the statement speaks for. */
  duringCrisis: boolean;
  /** The workspace gives the user the approver role, besides the template's own approvers. */
  isApproverByRole?: boolean;
}

export type StatementUseRefusal = 'rejected' | 'not_approved_during_crisis';

/**
 * Why `use.userId` may not base a statement on this version, or undefined when they may. A rejected
 * version is never used. During a crisis, someone who could not approve the words themselves may
 * only use a version approved and not expired: the one voice the plan prepared in advance.
 */
export function checkStatementUse(state: TemplateVersionState, policy: ApprovalPolicy, use: StatementUse): StatementUseRefusal | undefined {
  const status = readStatusAt(state, use.now);
  if (status === 'rejected') return 'rejected';
  const isApprover = use.isApproverByRole === true || policy.approverIds.includes(use.userId);
  if (use.duringCrisis && !isApprover && status !== 'approved') return 'not_approved_during_crisis';
  return undefined;
}

export function canUseForStatement(state: TemplateVersionState, policy: ApprovalPolicy, use: StatementUse): boolean {
  return checkStatementUse(state, policy, use) === undefined;
}
