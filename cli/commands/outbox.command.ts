import type { Command } from 'commander';
import { loadCliConfig, withAppContext } from '../context';

/** `siaga outbox send`: one pass of the outbox now, for drills and for hosts that run no scheduler role. */
export function registerOutboxCommand(program: Command): void {
  const outbox = program.command('outbox').description('The outbox of replies, statements and scheduled posts');
  outbox
    .command('send')
    .description('Send what is due now, release held posts of resumed brands, and say what happened')
    .action(async () => {
      const result = await withAppContext(loadCliConfig(), (ctx) => ctx.sendOutbox());
      console.log(
        `sent ${result.sent}, retrying ${result.retrying}, failed ${result.failed}, held ${result.held}, released ${result.released}`,
      );
    });
}
