import type { Command } from 'commander';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

/** `siaga statements list`, `siaga statements send` and `siaga statements pages`: statements from the shell. */
export function registerStatementsCommand(program: Command): void {
  const statements = program.command('statements').description('Statements and the public update pages / pernyataan');
  statements
    .command('list')
    .description('Statements, newest first: id, state, approvals, brand, title')
    .option('-w, --workspace <id|slug>', 'the workspace (default: the only one)')
    .action(async (options: { workspace?: string }) => {
      await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        const list = await ctx.services.statements.list(workspace.id, { limit: 200 });
        if (list.length === 0) console.log(`${workspace.name}: no statements yet`);
        for (const s of list) {
          const approvals = s.approvals.filter((a) => a.decision === 'approved').length;
          console.log(`${s.id}\t${s.state}\t${approvals}/${s.requiredApprovals}\t${s.brandName}\t${s.title}`);
        }
      });
    });
  statements
    .command('pages')
    .description("The brands' public update pages: address, feed and confirmed subscribers (a count, never addresses)")
    .option('-w, --workspace <id|slug>', 'the workspace (default: the only one)')
    .action(async (options: { workspace?: string }) => {
      await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        const pages = await ctx.services.updatePages.list(workspace.id);
        if (pages.length === 0) console.log(`${workspace.name}: no update pages yet`);
        for (const p of pages) {
          console.log(`${p.brandName}\t${p.enabled ? 'on' : 'off'}\t${p.url}\t${p.feedUrl}\t${p.subscriberCount} subscribers`);
        }
      });
    });
  statements
    .command('send')
    .description('One pass now: publish scheduled statements that are due, send their e-mails, remind of promised updates')
    .action(async () => {
      const result = await withAppContext(loadCliConfig(), (ctx) => ctx.tickStatements());
      console.log(
        `published ${result.published}; e-mails sent ${result.emails.sent}, retrying ${result.emails.retrying}, failed ${result.emails.failed}; reminders ${result.reminded}`,
      );
    });
}
