import type { DialectName } from '../../server/db/dialect';

/**
 * The databases integration tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * TEST_DIALECTS narrows the list (`npm run test:pg` sets it to postgres, where a missing URL fails).
 */
export function testDialects(): DialectName[] {
  const url = process.env.TEST_DATABASE_URL;
  const wanted = process.env.TEST_DIALECTS?.split(',').map((d) => d.trim());
  if (wanted?.includes('postgres') && !url) throw new Error('TEST_DIALECTS includes postgres but TEST_DATABASE_URL is not set');
  const available: DialectName[] = url ? ['sqlite', 'postgres'] : ['sqlite'];
  return wanted ? available.filter((d) => wanted.includes(d)) : available;
}
