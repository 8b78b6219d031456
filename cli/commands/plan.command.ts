import type { Command } from 'commander';
import { LocaleSchema } from '../../core/api';
import { SYSTEM_ACTOR } from '../../server/security/actor';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface InstallStarterOptions {
  workspace?: string;
  language: string;
}

export function registerPlanCommand(program: Command): void {
  const plan = program.command('plan').description('The crisis plan: playbooks, crisis team, social media policy');
  plan
    .command('install-starter')
    .description('Add the starter playbooks a workspace does not have yet; playbooks it has (edited or not) are kept')
    .option('-w, --workspace <id|slug>', 'the workspace (default: the only one)')
    .option('-l, --language <id|en>', 'language of the playbooks added', 'id')
    .action(async (options: InstallStarterOptions) => {
      const language = LocaleSchema.safeParse(options.language);
      if (!language.success) throw new CliError(`--language: id or en, not "${options.language}"`, 2);
      await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        const result = await ctx.services.plan.playbooks.installStarter(workspace.id, language.data, SYSTEM_ACTOR);
        for (const playbook of result.added) console.log(`added: ${playbook.title} (${playbook.crisisType})`);
        console.log(`${workspace.name}: ${result.added.length} starter playbooks added, ${result.kept.length} kept as they were`);
      });
    });
}
