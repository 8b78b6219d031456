import type { Command } from 'commander';
import { LocaleSchema, PasswordSchema } from '../../core/api';
import { generateSecret } from '../../server/security/secrets';
import { CliError } from '../cli-error';
import { loadCliConfig, withAppContext } from '../context';

interface CreateOptions {
  email: string;
  name?: string;
  password?: string;
  workspace?: string;
  locale: string;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage users');
  user
    .command('create')
    .description('Create a user, and a workspace they own with --workspace (no setup token needed)')
    .requiredOption('--email <email>', 'e-mail address used to sign in')
    .option('--name <name>', 'display name (defaults to the part of the e-mail before @)')
    .option('--password <password>', 'password (at least 10 characters); a random one is printed if omitted')
    .option('--workspace <name>', 'create a workspace with this name, owned by the user')
    .option('--locale <locale>', 'interface language: id or en', 'id')
    .action(async (options: CreateOptions) => {
      const email = options.email.trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new CliError(`--email: "${options.email}" is not an e-mail address`, 2);
      const locale = LocaleSchema.safeParse(options.locale);
      if (!locale.success) throw new CliError(`--locale: expected "id" or "en", got "${options.locale}"`, 2);
      const generated = options.password === undefined;
      const password = options.password ?? generateSecret(12);
      const checked = PasswordSchema.safeParse(password);
      if (!checked.success) throw new CliError(`--password: ${checked.error.issues[0]?.message ?? 'invalid'}`, 2);
      const name = options.name?.trim() || email.split('@')[0] || email;

      const result = await withAppContext(loadCliConfig(), (ctx) =>
        ctx.services.auth.createUser({ email, name, password, locale: locale.data, workspaceName: options.workspace }),
      );
      console.log(`Created user ${email} (id ${result.userId}).`);
      if (result.workspace) console.log(`Created workspace "${result.workspace.name}" (id ${result.workspace.id}), owned by ${email}.`);
      if (generated) console.log(`Password: ${password}`);
    });
}
