import type { ChannelPlatform } from '../channels';
import { type ChannelId, type ToneFinding, checkTone, hasBlockingFindings, measureChannelText } from '../messaging';

/** draft → in_review → approved → (scheduled) → published; a rejection goes back to the author. */
export const STATEMENT_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];

export const STATEMENT_LANGUAGES = ['id', 'en'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

/** Where a statement can go besides owned accounts. */
export const STATEMENT_DELIVERY_CHANNELS = ['account', 'page', 'email'] as const;
export type StatementDeliveryChannel = (typeof STATEMENT_DELIVERY_CHANNELS)[number];

/** A statement's words may change while nobody has approved them yet. */
export function isEditable(state: StatementState): boolean {
  return state === 'draft' || state === 'rejected';
}

/**
 * Approvals a statement needs: one approver other than the author; two distinct ones, neither the author,
 * when the workspace keeps the two-person rule and the statement speaks in an incident.
 */
export function requiredApprovals(twoPersonRule: boolean, tiedToIncident: boolean): 1 | 2 {
  return twoPersonRule && tiedToIncident ? 2 : 1;
}

export type ApprovalRefusal = 'not_in_review' | 'own_statement' | 'already_decided';

/** Whether `userId` may approve or reject now; null when they may. */
export function checkDecision(
  statement: { state: StatementState; authorId: number | null },
  decidedBy: readonly number[],
  userId: number,
): ApprovalRefusal | null {
  if (statement.state !== 'in_review') return 'not_in_review';
  if (statement.authorId === userId) return 'own_statement';
  if (decidedBy.includes(userId)) return 'already_decided';
  return null;
}

/** The correction's text as it goes out where a post cannot be edited: a new post that says so. */
export function correctionText(body: string, language: StatementLanguage): string {
  return `${language === 'id' ? 'Koreksi' : 'Correction'}: ${body}`;
}

/** The key a variant is stored under: `account:<id>`, `page` or `email`. */
export function variantKey(channel: StatementDeliveryChannel, accountId?: number): string {
  return channel === 'account' ? `account:${accountId ?? 0}` : channel;
}

/** The message library's channel that measures a delivery's length. */
export function lengthChannelOf(channel: StatementDeliveryChannel, platform?: ChannelPlatform): ChannelId {
  if (channel === 'page') return 'update_page';
  if (channel === 'email') return 'email_body';
  if (platform === 'x') return 'x';
  if (platform === 'instagram') return 'instagram_comment';
  if (platform === 'facebook') return 'facebook_comment';
  if (platform === 'tiktok') return 'tiktok_comment';
  if (platform === 'youtube') return 'youtube_comment';
  return 'sandbox';
}

export interface PreviewAccount {
  id: number;
  platform: ChannelPlatform;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface ChannelPreview {
  channel: StatementDeliveryChannel;
  key: string;
  /** The account that will post it (owned accounts only): exactly who speaks. */
  account: PreviewAccount | null;
  lengthChannel: ChannelId;
  text: string;
  length: number;
  limit: number;
  fits: boolean;
  findings: ToneFinding[];
  blocking: boolean;
}

export interface PreviewInput {
  body: string;
  language: StatementLanguage;
  variants: Readonly<Record<string, string>>;
  accounts: readonly PreviewAccount[];
  page: boolean;
  email: boolean;
}

/** What each channel will show: its text (variant or body), its length against the channel's limit, the tone check. */
export function previewStatement(input: PreviewInput): ChannelPreview[] {
  const one = (channel: StatementDeliveryChannel, account: PreviewAccount | null): ChannelPreview => {
    const key = variantKey(channel, account?.id);
    const text = input.variants[key]?.trim() ? input.variants[key] : input.body;
    const lengthChannel = lengthChannelOf(channel, account?.platform);
    const measured = measureChannelText(text, lengthChannel);
    const findings = checkTone(text, {
      channel: lengthChannel,
      situation: { kind: 'statement', duringIncident: true },
      answering: { language: input.language },
    });
    return {
      channel,
      key,
      account,
      lengthChannel,
      text,
      length: measured.length,
      limit: measured.limit,
      fits: measured.fits,
      findings,
      blocking: hasBlockingFindings(findings),
    };
  };
  return [
    ...input.accounts.map((a) => one('account', a)),
    ...(input.page ? [one('page', null)] : []),
    ...(input.email ? [one('email', null)] : []),
  ];
}
