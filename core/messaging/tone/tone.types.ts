import type { LanguageCode } from '../../analysis/analysis.types';
import type { MessagingMessage } from '../messaging.types';
import type { ChannelId } from '../templates/channels';

export const TONE_RULES = [
  'confrontation',
  'defensive',
  'promise',
  'admission',
  'legal_threat',
  'empathy_missing',
  'next_step_missing',
  'unfilled_variable',
  'all_caps',
  'shouting_punctuation',
  'too_long',
  'language_mismatch',
] as const;
export type ToneRuleId = (typeof TONE_RULES)[number];

/** `block` stops sending (the server gate refuses), `warn` asks for a second look, `info` is a hint. */
export type ToneSeverity = 'block' | 'warn' | 'info';

/** Half-open range of UTF-16 offsets into the draft, as a textarea's `selectionStart` counts. */
export interface ToneSpan {
  start: number;
  end: number;
}

export type ToneMessage = MessagingMessage;

export interface ToneFinding {
  rule: ToneRuleId;
  severity: ToneSeverity;
  /** Where to highlight; empty when the finding is about something missing from the draft. */
  spans: ToneSpan[];
  explanation: ToneMessage;
  fix: ToneMessage;
}

/** What kind of message is being written and why; decides whether empathy and a next step are expected. */
export interface ToneSituation {
  kind: 'reply' | 'statement';
  /** A crisis is declared: every message is read as the brand's voice in it. */
  duringIncident?: boolean;
  /** What the reply answers; complaints and negative mentions call for empathy. */
  answering?: 'complaint' | 'negative' | 'question' | 'other';
}

export interface ToneContext {
  /** The mention answered: its detected language, or its text to detect it from. */
  answering?: { language?: LanguageCode; text?: string };
  /** The channel the draft goes to: its length limit and how it counts. */
  channel?: ChannelId;
  /** A limit of our own below the channel's, counted the channel's way. */
  lengthLimit?: number;
  situation?: ToneSituation;
  /** Template variables that still have no value (from `renderTemplate`). */
  unfilledVariables?: readonly string[];
}
