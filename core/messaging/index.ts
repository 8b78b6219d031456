export * from './tone/tone.types';
export { checkTone, hasBlockingFindings } from './tone/check-tone';
export { TONE_MESSAGES, type MessagingLocale, describeToneMessage } from './tone/tone.messages';
export { CHANNELS, CHANNEL_IDS, type ChannelId, type ChannelSpec, type LengthCounting, isChannelId } from './templates/channels';
export { type ChannelLength, measureChannelText } from './templates/channel-length';
