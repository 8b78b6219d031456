export { detectSpam, type SpamReason, type SpamVerdict } from './spam.detector';
