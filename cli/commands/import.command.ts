import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { IngestSummary } from '../../core/api';
import { DEFAULT_IMPORT_BATCH, detectFormat, parseColumnMap } from '../../server/features/imports';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface ImportCommandOptions {
  workspace?: string;
  format?: string;
  map?: string;
  platform?: string;
  delimiter?: string;
  batchSize: string;
  report?: string;
  progress: boolean;
}

const SHOWN_REJECTIONS = 50;

function writeReport(file: string, summary: IngestSummary): void {
  const escape = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['line,field,reason', ...summary.rejected.map((r) => [String(r.line), r.field ?? '', r.reason].map(escape).join(','))];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import mentions from a JSON Lines or CSV file (UTF-8, with or without BOM)')
    .argument('<file>', 'the file to import')
    .option('-w, --workspace <id|slug>', 'target workspace (optional when there is only one)')
    .option('--format <format>', 'jsonl or csv (default: from the file name)')
    .option('--map <field=column,...>', 'column mapping, e.g. text=message,createdAt=time,authorHandle=user.screen_name')
    .option('--platform <name>', 'platform for rows that have none, e.g. instagram')
    .option('--delimiter <char>', 'CSV delimiter (default: detected from the header among , ; tab and |)')
    .option('--batch-size <n>', 'mentions per transaction', String(DEFAULT_IMPORT_BATCH))
    .option('--report <file>', 'write every rejected row (line, field, reason) to this CSV file')
    .option('--no-progress', 'do not show the progress bar')
    .action(async (file: string, options: ImportCommandOptions) => {
      if (!fs.existsSync(file)) throw new CliError(`File not found: ${file}`, 2);
      let format;
      let columns;
      try {
        format = detectFormat(file, options.format);
        columns = parseColumnMap(options.map);
      } catch (error) {
        throw new CliError((error as Error).message, 2);
      }
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000)
        throw new CliError('--batch-size: a whole number from 1 to 5000', 2);

      const summary = await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        const bar = options.progress
          ? new SingleBar({
              format: 'Importing [{bar}] {percentage}% | {imported} imported, {duplicates} duplicates, {rejected} rejected',
              hideCursor: true,
              noTTYOutput: false,
              stream: process.stderr,
            })
          : null;
        bar?.start(fs.statSync(file).size, 0, { imported: 0, duplicates: 0, rejected: 0 });
        try {
          return await ctx.services.imports.importFile({
            workspaceId: workspace.id,
            file,
            format,
            columns,
            defaults: options.platform ? { platform: options.platform } : {},
            batchSize,
            ...(options.delimiter ? { delimiter: options.delimiter } : {}),
            onProgress: ({ bytesRead, summary: s }) =>
              bar?.update(bytesRead, { imported: s.imported, duplicates: s.duplicates, rejected: s.rejected.length }),
          });
        } finally {
          bar?.stop();
        }
      });

      console.log(
        `Imported: ${summary.imported}  Duplicates skipped: ${summary.duplicates}  Rejected: ${summary.rejected.length}  (rows read: ${summary.received})`,
      );
      if (summary.engagementUpdated > 0)
        console.log(`Posts seen again with higher engagement (counters updated): ${summary.engagementUpdated}`);
      for (const r of summary.rejected.slice(0, SHOWN_REJECTIONS)) console.log(`  line ${r.line}: ${r.reason}`);
      if (summary.rejected.length > SHOWN_REJECTIONS && !options.report) {
        console.log(`  … and ${summary.rejected.length - SHOWN_REJECTIONS} more; pass --report rejected.csv to get them all`);
      }
      if (options.report) {
        writeReport(options.report, summary);
        console.log(`Rejected rows written to ${options.report}`);
      }
    });
}
