/** The layout's dependency rules (docs/ARCHITECTURE.md), checked by `npm run check`. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ imports only core/ and pure libraries: no Node built-ins, no server, web or cli',
      severity: 'error',
      from: { path: '^core/' },
      to: { pathNot: ['^core/', '^node_modules/zod/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-never-imports-training',
      comment: 'training/ reads data and writes models; core only receives a parsed model',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(training|models)/' },
    },
    {
      name: 'web-imports-web-and-core',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|cli|bench)/' },
    },
    {
      name: 'server-imports-server-and-core',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(web|cli|bench)/' },
    },
    {
      name: 'features-never-import-http',
      severity: 'error',
      from: { path: '^server/features/' },
      to: { path: '^server/http/' },
    },
    {
      name: 'feature-uses-another-through-its-index',
      comment: 'a feature may use another feature only through its index.ts',
      severity: 'error',
      from: { path: '^server/features/([^/]+)/' },
      to: { path: '^server/features/([^/]+)/', pathNot: ['^server/features/$1/', '^server/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'cli-uses-composition-root-and-feature-indexes',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^server/features/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'only-db-opens-connections',
      severity: 'error',
      from: { pathNot: ['^server/db/', '^test/', '^bench/'] },
      to: { path: '^node_modules/(better-sqlite3|pg)/' },
    },
    {
      name: 'only-logger-makes-loggers',
      severity: 'error',
      from: { pathNot: ['^server/logger\\.ts$'] },
      to: { path: '^node_modules/pino/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['web/dist', '\\.test\\.ts$'] },
    tsPreCompilationDeps: true,
    // Judge imports by the path they name, so a symlinked node_modules counts as node_modules.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
