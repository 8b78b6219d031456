/**
 * The channels a message can go to and how long it may be there. Limits are what the platforms
 * document for text sent through their APIs; `certain: false` marks figures that come from help pages
 * or observed behaviour rather than an API reference, so they are worth re-checking when a connector
 * for the platform is built.
 */

export const CHANNEL_IDS = [
  'sandbox',
  'update_page',
  'email_subject',
  'email_body',
  'x',
  'instagram_comment',
  'facebook_comment',
  'whatsapp',
  'telegram',
  'tiktok_comment',
  'youtube_comment',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/**
 * How a platform counts characters:
 * - `code_points`: one per Unicode code point (an emoji of two UTF-16 units is one, a family emoji
 *   joined by ZWJ is several), what most platforms' "characters" mean;
 * - `utf16`: one per UTF-16 unit, as JavaScript's `length` and Telegram's entity offsets count;
 * - `x_weighted`: X's rule (twitter-text v3): a link counts 23 whatever its length, code points in
 *   the Latin, general punctuation and similar ranges count 1, anything else (CJK, emoji) counts 2,
 *   and an emoji sequence counts 2 as a whole.
 */
export type LengthCounting = 'code_points' | 'utf16' | 'x_weighted';

export interface ChannelSpec {
  id: ChannelId;
  /** Maximum length in the channel's own counting. */
  limit: number;
  counting: LengthCounting;
  /** False where the figure is from help pages or behaviour rather than an API reference. */
  certain: boolean;
  /** Where the figure comes from, or why we chose it. */
  source: string;
}

export const CHANNELS: Readonly<Record<ChannelId, ChannelSpec>> = {
  sandbox: {
    id: 'sandbox',
    limit: 2000,
    counting: 'code_points',
    certain: true,
    source: 'Ours: long enough for any reply, short enough that drills exercise the length check.',
  },
  update_page: {
    id: 'update_page',
    limit: 10_000,
    counting: 'code_points',
    certain: true,
    source: 'Ours: a crisis update people read on a phone; longer belongs in a linked document.',
  },
  email_subject: {
    id: 'email_subject',
    limit: 78,
    counting: 'code_points',
    certain: false,
    source: 'RFC 5322 recommends lines of at most 78 characters; mail apps cut subjects at about 60–80.',
  },
  email_body: {
    id: 'email_body',
    limit: 100_000,
    counting: 'code_points',
    certain: false,
    source: 'No limit in the standards; ours, as a guard against pasted documents.',
  },
  x: {
    id: 'x',
    limit: 280,
    counting: 'x_weighted',
    certain: true,
    source: 'developer.x.com "Counting characters" and twitter-text v3: 280 weighted, links 23.',
  },
  instagram_comment: {
    id: 'instagram_comment',
    limit: 2200,
    counting: 'code_points',
    certain: false,
    source: 'Instagram help: captions and comments up to 2,200 characters; the Graph API reference states none.',
  },
  facebook_comment: {
    id: 'facebook_comment',
    limit: 8000,
    counting: 'code_points',
    certain: false,
    source: 'Observed limit of Facebook comments (8,000 characters); the Graph API reference states none.',
  },
  whatsapp: {
    id: 'whatsapp',
    limit: 4096,
    counting: 'code_points',
    certain: true,
    source: 'WhatsApp Cloud API: a text message body holds at most 4,096 characters.',
  },
  telegram: {
    id: 'telegram',
    limit: 4096,
    counting: 'utf16',
    certain: true,
    source: 'Telegram Bot API sendMessage: 1–4,096 characters after entities parsing (UTF-16 units, as its offsets).',
  },
  tiktok_comment: {
    id: 'tiktok_comment',
    limit: 150,
    counting: 'code_points',
    certain: false,
    source: 'TikTok app: comments up to 150 characters; no public API reference for replies.',
  },
  youtube_comment: {
    id: 'youtube_comment',
    limit: 10_000,
    counting: 'code_points',
    certain: false,
    source: 'YouTube help: comments up to 10,000 characters; the Data API reference states none.',
  },
};

export function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && (CHANNEL_IDS as readonly string[]).includes(value);
}
