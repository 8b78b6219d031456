import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../server/security/actor';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface InstallOptions {
  workspace?: string;
  language?: string;
}

export function registerTemplatesCommand(program: Command): void {
  const templates = program.command('templates').description('The message library / pustaka pesan');
  templates
    .command('install-starter')
    .description('Install the starter library (or what is missing of it) as drafts for the approvers to review')
    .option('-w, --workspace <id|slug>', 'the workspace (default: the only one)')
    .option('-l, --language <id|en>', 'only this language (default: both)')
    .action(async (options: InstallOptions) => {
      const language = options.language;
      if (language !== undefined && language !== 'id' && language !== 'en') throw new CliError('--language: id or en', 2);
      await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        const result = await ctx.services.messages.installStarter(workspace.id, SYSTEM_ACTOR, language);
        console.log(`${workspace.name}: ${result.installed} starter templates installed as drafts, ${result.skipped} already present`);
      });
    });
}
