import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.command';
import { registerBenchCommand } from './commands/bench.command';
import { registerContactsCommand } from './commands/contacts.command';
import { registerPlanDocumentCommand } from './commands/plan-document.command';
import { registerDetectCommand } from './commands/detect.command';
import { registerImportCommand } from './commands/import.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerOutboxCommand } from './commands/outbox.command';
import { registerInboxCommand } from './commands/inbox.command';
import { registerPlanCommand } from './commands/plan.command';
import { registerReanalyzeCommand } from './commands/reanalyze.command';
import { registerStartCommand } from './commands/start.command';
import { registerStatementsCommand } from './commands/statements.command';
import { registerTemplatesCommand } from './commands/templates.command';
import { registerUserCommand } from './commands/user.command';
import { CliError } from './cli-error';

const program = new Command()
  .name('siaga')
  .description('Siaga — social media crisis command center / pusat komando krisis media sosial')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommand(program);
registerImportCommand(program);
registerAnalyzeCommand(program);
registerReanalyzeCommand(program);
registerDetectCommand(program);
registerBenchCommand(program);
registerPlanCommand(program);
registerContactsCommand(program);
registerPlanDocumentCommand(program);
registerTemplatesCommand(program);
registerOutboxCommand(program);
registerInboxCommand(program);
registerStatementsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(
    `${error instanceof CliError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}
