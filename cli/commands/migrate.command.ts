import type { Command } from 'commander';
import { openDatabase } from '../../server/db/database';
import { migrateDown, migrateToLatest, pendingMigrations } from '../../server/db/migrate';
import { loadCliConfig } from '../context';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply database migrations (or revert the last one with --down)')
    .option('--down', 'revert the most recent migration')
    .option('--status', 'list pending migrations without applying them')
    .action(async (options: { down?: boolean; status?: boolean }) => {
      const config = loadCliConfig();
      const handle = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      try {
        if (options.status) {
          const pending = await pendingMigrations(handle.db);
          console.log(pending.length ? `Pending: ${pending.join(', ')}` : 'The schema is up to date.');
          return;
        }
        const done = options.down ? await migrateDown(handle.db) : await migrateToLatest(handle.db);
        console.log(done.length ? done.join('\n') : 'Nothing to do: the schema is up to date.');
        console.log(`Database: ${handle.location}`);
      } finally {
        await handle.close();
      }
    });
}
