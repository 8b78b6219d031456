import type { Command } from 'commander';
import { INBOX_STATUSES, type InboxStatus } from '../../core/messaging';
import { SYSTEM_ACTOR } from '../../server/security/actor';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';
import { resolveWorkspace } from '../resolve-workspace';

interface ListOptions {
  workspace?: string;
  status?: string;
  limit: string;
  json?: boolean;
}

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

/** `siaga inbox list`: the inbox ranked by risk, as the screen shows it. */
export function registerInboxCommand(program: Command): void {
  const inbox = program.command('inbox').description('The response inbox: mentions that need an answer');
  inbox
    .command('list')
    .description('Items by risk, highest first (open and pending by default)')
    .option('-w, --workspace <id|slug>', 'workspace (optional when there is only one)')
    .option('--status <status>', `one of ${INBOX_STATUSES.join(', ')}`)
    .option('--limit <n>', 'at most this many items', '50')
    .option('--json', 'one JSON array instead of a table')
    .action(async (options: ListOptions) => {
      if (options.status !== undefined && !(INBOX_STATUSES as readonly string[]).includes(options.status))
        throw new CliError(`--status: expected one of ${INBOX_STATUSES.join(', ')}, got "${options.status}"`, 2);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new CliError(`--limit: expected a whole number from 1 to 500, got "${options.limit}"`, 2);
      const items = await withAppContext(loadCliConfig(), async (ctx) => {
        const workspace = await resolveWorkspace(ctx.db, options.workspace);
        return ctx.services.inbox.list(
          workspace.id,
          { ...(options.status ? { status: options.status as InboxStatus } : {}), limit },
          { actor: SYSTEM_ACTOR, role: null },
        );
      });
      if (options.json) {
        console.log(JSON.stringify(items, null, 2));
        return;
      }
      console.log(`${pad('id', 7)}${pad('risk', 7)}${pad('status', 9)}${pad('due', 18)}${pad('author', 18)}text`);
      for (const item of items) {
        const due = new Date(item.dueAt).toISOString().slice(0, 16).replace('T', ' ') + (item.overdue ? '!' : '');
        console.log(
          `${pad(String(item.id), 7)}${pad(item.risk.score.toFixed(1), 7)}${pad(item.status, 9)}${pad(due, 18)}${pad(`@${item.mention.authorHandle ?? '-'}`, 18)}${item.mention.text.replace(/\s+/g, ' ').slice(0, 80)}`,
        );
      }
      console.error(`${items.length} item(s)`);
    });
}
