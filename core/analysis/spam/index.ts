export { detectSpam, detectSpamIn, type SpamReason, type SpamVerdict } from './spam.detector';
