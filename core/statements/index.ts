export * from './statement-rules';
