export * from './common';
export * from './auth';
export * from './workspaces';
export * from './brands';
export * from './mentions';
export * from './tokens';
export * from './audit';
export * from './analysis';
