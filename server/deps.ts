import type { Kysely } from 'kysely';
import type { Registry } from 'prom-client';
import type { Clock } from './clock';
import type { Config } from './config';
import type { DialectName } from './db/dialect';
import type { Database } from './db/schema';
import type { Logger } from './logger';

/** What every service is built from; assembled once in the composition root. */
export interface ServiceDeps {
  config: Config;
  db: Kysely<Database>;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  metrics: Registry;
}
