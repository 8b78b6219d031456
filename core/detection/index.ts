export * from './volume-detector';
export * from './detection.types';
