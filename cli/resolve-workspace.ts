import type { Kysely } from 'kysely';
import type { Database } from '../server/db/schema';
import { CliError } from './cli-error';

/** A workspace by id or slug; with none given, the only workspace there is. */
export async function resolveWorkspace(db: Kysely<Database>, ref: string | undefined): Promise<{ id: number; name: string }> {
  const all = await db.selectFrom('workspaces').select(['id', 'slug', 'name']).orderBy('id').execute();
  if (all.length === 0)
    throw new CliError('There is no workspace yet: finish setup in the browser, or run `siaga user create --workspace NAME`', 2);
  if (ref === undefined) {
    if (all.length === 1 && all[0]) return all[0];
    throw new CliError(`Several workspaces exist; pick one with --workspace: ${all.map((w) => `${w.id} (${w.slug})`).join(', ')}`, 2);
  }
  const found = all.find((w) => String(w.id) === ref || w.slug === ref);
  if (!found) throw new CliError(`No workspace "${ref}"; there are: ${all.map((w) => `${w.id} (${w.slug})`).join(', ')}`, 2);
  return found;
}
