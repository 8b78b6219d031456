#!/usr/bin/env node
// `npm run bench -- <name> [--json]`, same as `siaga bench <name>`.
import { runCli } from './runtime.js';

process.argv.splice(2, 0, 'bench');
await runCli();
