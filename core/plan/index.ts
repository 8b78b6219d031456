export * from './plan.types';
