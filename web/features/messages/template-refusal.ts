import { APPROVAL_REFUSALS, type ApprovalRefusalCode } from '../../../core/messaging';
import { ApiError } from '../../api/client';

/** The approval machine's refusal code, when the error carries one. */
export function readRefusal(error: unknown): ApprovalRefusalCode | null {
  if (!(error instanceof ApiError)) return null;
  const code = (error.details as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && (APPROVAL_REFUSALS as readonly string[]).includes(code) ? (code as ApprovalRefusalCode) : null;
}
