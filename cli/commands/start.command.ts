import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createAppContext } from '../../server/app-context';
import { WEB_DIST } from '../../server/http/static';
import { CliError } from '../cli-error';
import { loadCliConfig } from '../context';

/** Builds the web bundle when it is missing (an install without the `prepare` step). */
async function ensureWebBundle(log: (msg: string) => void): Promise<void> {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  log('Building the web interface (first start)…');
  try {
    const vite = await import('vite');
    await vite.build({ configFile: path.resolve(WEB_DIST, '..', 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    log(`Could not build the web interface (${String(error)}); the API still works. Run \`npm run build:web\`.`);
  }
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Start Siaga: every role (api, ingest, pipeline, scheduler) in one process by default')
    .option('--port <port>', 'HTTP port (overrides PORT)')
    .option('--roles <roles>', 'comma-separated roles (overrides SIAGA_ROLES)')
    .action(async (options: { port?: string; roles?: string }) => {
      const config = loadCliConfig({ PORT: options.port, SIAGA_ROLES: options.roles });
      const ctx = createAppContext({ config, processMetrics: true });
      const log = ctx.logger.child({ subsystem: 'main' });
      try {
        const applied = await ctx.migrate();
        for (const line of applied) log.info(line);
      } catch (error) {
        await ctx.close();
        throw new CliError(`Could not prepare the database at ${ctx.database.location}: ${String(error)}`);
      }

      let server: Server | null = null;
      if (config.roles.includes('api')) {
        await ensureWebBundle((msg) => log.info(msg));
        const app = ctx.createHttpApp();
        server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
        await new Promise<void>((resolve, reject) => {
          server
            ?.once('listening', resolve)
            .once('error', (e) => reject(new CliError(`Cannot listen on ${config.host}:${config.port}: ${e.message}`)));
        });
      }
      // Alerts are raised by the pipeline; retries are the scheduler's. Either role runs the delivery loop.
      if (config.roles.includes('pipeline') || config.roles.includes('scheduler')) ctx.services.notifications.start();
      // Escalation of unacknowledged alerts and the end of snoozes.
      if (config.roles.includes('scheduler')) ctx.startScheduler();
      log.info({ roles: config.roles, database: ctx.database.location, dialect: ctx.dialect }, 'Siaga started');
      const url = config.publicUrl;
      const setupToken = await ctx.services.auth.issueSetupToken();
      const lines = [`Siaga is running at ${url}`, `  data: ${ctx.database.location}`];
      if (setupToken) {
        lines.push(
          '',
          'No users yet. Open the setup page and enter the one-time token below.',
          `  ${url}/setup`,
          `  setup token: ${setupToken}`,
          '(or create a user from the shell: npx siaga user create --email you@example.com --workspace "My brand")',
        );
      }
      process.stdout.write(`\n${lines.join('\n')}\n\n`);

      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, 'shutting down: finishing in-flight requests and batches');
        const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        server?.closeIdleConnections();
        await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
        await ctx.close();
        log.info('stopped');
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
