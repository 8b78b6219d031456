import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface ReanalyzeOptions {
  workspace?: string;
  all?: boolean;
  batchSize: string;
  progress: boolean;
}

export function registerReanalyzeCommand(program: Command): void {
  program
    .command('reanalyze')
    .description("Bring stored mentions up to the current analysis (after a model or rules change); people's corrections are kept")
    .option('-w, --workspace <id|slug>', 'only this workspace (default: every workspace)')
    .option('--all', 'analyse every mention again, not only those analysed by an older version')
    .option('--batch-size <n>', 'mentions per transaction', '1000')
    .option('--no-progress', 'do not show the progress bar')
    .action(async (options: ReanalyzeOptions) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
        throw new CliError('--batch-size: a whole number from 1 to 10000', 2);
      await withAppContext(loadCliConfig(), async (ctx) => {
        const workspaces = options.workspace
          ? [await resolveWorkspace(ctx.db, options.workspace)]
          : await ctx.db.selectFrom('workspaces').select(['id', 'name']).orderBy('id').execute();
        for (const workspace of workspaces) {
          const bar = options.progress
            ? new SingleBar({
                format: `${workspace.name} [{bar}] {percentage}% | {value}/{total} mentions`,
                hideCursor: true,
                stream: process.stderr,
              })
            : null;
          let started = false;
          const result = await ctx.services.analysis.reanalyzeWorkspace(workspace.id, {
            all: options.all ?? false,
            batchSize,
            onProgress: (done, total) => {
              if (!started) bar?.start(total, done);
              else bar?.update(done);
              started = true;
            },
          });
          bar?.stop();
          console.log(`${workspace.name}: ${result.updated} mentions analysed (version ${result.version})`);
        }
      });
    });
}
