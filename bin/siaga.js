#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so there is no build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
