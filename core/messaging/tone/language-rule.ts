import type { LanguageCode } from '../../analysis/analysis.types';
import { detectLanguage } from '../../analysis/language';
import type { ToneContext } from './tone.types';

/** The languages a reply is written in: regional languages are answered in Indonesian. */
export type ReplyLanguage = 'id' | 'en';

/** Below this confidence a guess is not worth a warning (mixed or very short texts). */
const MIN_CONFIDENCE = 0.3;
/** A draft shorter than this is too short to judge (`Baik, Kak 🙏`). */
const MIN_DRAFT_WORDS = 3;

function toReplyLanguage(language: LanguageCode): ReplyLanguage | undefined {
  if (language === 'en') return 'en';
  return language === 'und' ? undefined : 'id';
}

/** The language the reply should be in, from the mention answered; undefined when unknown. */
export function readExpectedLanguage(context: ToneContext): ReplyLanguage | undefined {
  const answering = context.answering;
  if (!answering) return undefined;
  if (answering.language) return toReplyLanguage(answering.language);
  if (!answering.text) return undefined;
  const guess = detectLanguage(answering.text);
  return guess.confidence >= MIN_CONFIDENCE ? toReplyLanguage(guess.language) : undefined;
}

/** The draft's language when it clearly differs from `expected`; undefined when it matches or is unclear. */
export function detectLanguageMismatch(text: string, wordCount: number, expected: ReplyLanguage): ReplyLanguage | undefined {
  if (wordCount < MIN_DRAFT_WORDS) return undefined;
  const guess = detectLanguage(text);
  if (guess.confidence < MIN_CONFIDENCE) return undefined;
  const found = toReplyLanguage(guess.language);
  return found !== undefined && found !== expected ? found : undefined;
}
