export * from './channel.types';
export * from './capabilities';
export * from './outbox-rules';
