import { type AppContext, createAppContext } from '../server/app-context';
import { ConfigError, type Config, loadConfig } from '../server/config';
import { isAppError } from '../server/errors';
import { CliError } from './cli-error';

export function loadCliConfig(overrides: Record<string, string | undefined> = {}): Config {
  try {
    const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    return loadConfig({ ...process.env, ...given });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Opens the store, brings the schema up to date, runs `work`, and always closes the store. */
export async function withAppContext<T>(config: Config, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = createAppContext({ config });
  try {
    await ctx.migrate();
    return await work(ctx);
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message);
    throw error;
  } finally {
    await ctx.close();
  }
}
