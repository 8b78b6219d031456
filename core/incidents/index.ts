export * from './lifecycle';
export * from './severity';
export * from './deadlines';
export * from './crisis-type';
export * from './timeline';
