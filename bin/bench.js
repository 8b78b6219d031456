#!/usr/bin/env node
// `npm run bench -- <name> [--json]`, same as `siaga bench <name>`.
import { register } from 'tsx/esm/api';

register();
process.argv.splice(2, 0, 'bench');
await import('../cli/main.ts');
