import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CONTACT_FORMATS, CONTACT_KINDS, type ContactFormat, type ContactKind } from '../../core/api';
import { SYSTEM_ACTOR } from '../../server/security/actor';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface ImportOptions {
  workspace?: string;
  format?: string;
  kind?: string;
  dryRun?: boolean;
}

interface ExportOptions {
  workspace?: string;
  format: string;
  vcardVersion: string;
  output?: string;
}

function formatOf(file: string, given: string | undefined): ContactFormat {
  const format = given ?? (/\.(vcf|vcard)$/i.test(file) ? 'vcard' : /\.csv$/i.test(file) ? 'csv' : undefined);
  if (!format) throw new CliError(`--format: cannot tell the format of ${path.basename(file)}; pass --format csv or --format vcard`, 2);
  if (!(CONTACT_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format: expected csv or vcard, got "${format}"`, 2);
  return format as ContactFormat;
}

/** `siaga contacts import|export`: the directory in CSV or vCard, run as the system (every field, audited). */
export function registerContactsCommand(program: Command): void {
  const contacts = program.command('contacts').description('Import and export the contacts directory (CSV or vCard)');
  contacts
    .command('import')
    .description('Import contacts; bad rows are reported by line and the rest imported; known contacts are skipped')
    .argument('<file>', 'a CSV file with a header row, or a .vcf file (vCard 3.0 or 4.0)')
    .option('-w, --workspace <id|slug>', 'target workspace (optional when there is only one)')
    .option('--format <format>', 'csv or vcard (default: from the file name)')
    .option('--kind <kind>', `kind for rows that name none: ${CONTACT_KINDS.join(', ')}`)
    .option('--dry-run', 'check and report only; store nothing')
    .action(async (file: string, options: ImportOptions) => {
      if (!fs.existsSync(file)) throw new CliError(`File not found: ${file}`, 2);
      const format = formatOf(file, options.format);
      if (options.kind !== undefined && !(CONTACT_KINDS as readonly string[]).includes(options.kind))
        throw new CliError(`--kind: expected one of ${CONTACT_KINDS.join(', ')}, got "${options.kind}"`, 2);
      const content = fs.readFileSync(file, 'utf8');
      const result = await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        return ctx.services.contactFiles.importContacts(
          workspace.id,
          { format, content, dryRun: options.dryRun ?? false, defaultKind: (options.kind as ContactKind | undefined) ?? null },
          SYSTEM_ACTOR,
        );
      });
      const verb = result.dryRun ? 'Would import' : 'Imported';
      console.log(
        `${verb}: ${result.imported}  Already known: ${result.duplicates.length}  Rejected: ${result.rejected.length}  (read: ${result.received})`,
      );
      for (const d of result.duplicates) console.log(`  line ${d.line}: ${d.name} is already in the directory`);
      for (const r of result.rejected) console.log(`  line ${r.line}: ${r.reason}`);
      if (result.rejected.length > 0 && result.imported === 0 && result.duplicates.length === 0) process.exitCode = 1;
    });

  contacts
    .command('export')
    .description('Export every contact, private fields included (the export is audited)')
    .option('-w, --workspace <id|slug>', 'workspace (optional when there is only one)')
    .option('--format <format>', 'csv or vcard', 'csv')
    .option('--vcard-version <version>', 'vCard version: 3.0 or 4.0', '4.0')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: ExportOptions) => {
      if (!(CONTACT_FORMATS as readonly string[]).includes(options.format))
        throw new CliError(`--format: expected csv or vcard, got "${options.format}"`, 2);
      if (options.vcardVersion !== '3.0' && options.vcardVersion !== '4.0')
        throw new CliError(`--vcard-version: expected 3.0 or 4.0, got "${options.vcardVersion}"`, 2);
      const version = options.vcardVersion;
      const exported = await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        return ctx.services.contactFiles.exportContacts(
          workspace.id,
          { format: options.format as ContactFormat, version },
          SYSTEM_ACTOR,
          'system',
        );
      });
      if (options.output) {
        fs.writeFileSync(options.output, exported.body);
        console.error(`${exported.count} contacts written to ${options.output}`);
      } else process.stdout.write(exported.body);
    });
}
