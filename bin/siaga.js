#!/usr/bin/env node
import { runCli } from './runtime.js';

await runCli();
