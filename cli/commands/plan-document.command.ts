import fs from 'node:fs';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../server/security/actor';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface PlanDocumentOptions {
  workspace?: string;
  format: string;
  language: string;
  output?: string;
}

const FORMATS = { html: 'html', md: 'markdown', markdown: 'markdown', pdf: 'pdf' } as const;

/** `siaga plan-document`: the whole plan as a file, for a copy kept outside the system. */
export function registerPlanDocumentCommand(program: Command): void {
  program
    .command('plan-document')
    .description('Write the whole crisis plan (risks, team, contacts, playbooks, policy) as HTML, Markdown or PDF')
    .option('-w, --workspace <id|slug>', 'workspace (optional when there is only one)')
    .option('--format <format>', 'html, md or pdf', 'md')
    .option('--language <language>', 'id or en', 'id')
    .option('-o, --output <file>', 'write to this file (required for pdf); default: standard output')
    .action(async (options: PlanDocumentOptions) => {
      const format = FORMATS[options.format as keyof typeof FORMATS] as (typeof FORMATS)[keyof typeof FORMATS] | undefined;
      if (!format) throw new CliError(`--format: expected html, md or pdf, got "${options.format}"`, 2);
      if (options.language !== 'id' && options.language !== 'en')
        throw new CliError(`--language: expected id or en, got "${options.language}"`, 2);
      if (format === 'pdf' && !options.output) throw new CliError('--output: a PDF goes to a file; pass --output plan.pdf', 2);
      const language = options.language;
      const file = await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        return ctx.services.planDocument.exportPlan(workspace.id, format, language, SYSTEM_ACTOR, 'system');
      });
      if (options.output) {
        fs.writeFileSync(options.output, file.body);
        console.error(`The plan was written to ${options.output}`);
      } else process.stdout.write(file.body);
    });
}
