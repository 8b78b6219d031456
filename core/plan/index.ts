export * from './plan.types';
export * from './playbook-changes';
export * from './default-team';
