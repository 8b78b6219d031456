import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listStarterTemplates } from '../../core/messaging';
import { createCliWorkspace, openSqliteReader, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

describe.skipIf(!testDialects().includes('sqlite'))('siaga templates install-starter (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let dbFile: string;

  beforeEach(async () => {
    ({ tmp, env, dbFile } = await createCliWorkspace({ SIAGA_ANALYSIS_WORKERS: '0' }));
  });
  afterEach(() => tmp.remove());

  it('installs one language, then only what is missing, and refuses an unknown language', { timeout: 60_000 }, async () => {
    const perLanguage = listStarterTemplates('id').length;
    const id = await runCli(['templates', 'install-starter', '--workspace', 'toko-maju', '--language', 'id'], env);
    expect(id.stderr).toBe('');
    expect(id.stdout).toContain(`Toko Maju: ${perLanguage} starter templates installed as drafts, 0 already present`);
    const both = await runCli(['templates', 'install-starter'], env);
    expect(both.stdout).toContain(`${perLanguage} starter templates installed as drafts, ${perLanguage} already present`);
    const reader = openSqliteReader(dbFile);
    expect(reader.count('message_templates', "language = 'en'")).toBe(perLanguage);
    expect(reader.count('message_template_versions', "status = 'draft' and author_id is null")).toBe(2 * perLanguage);
    reader.close();
    const wrong = await runCli(['templates', 'install-starter', '--language', 'fr'], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--language: id or en');
  });
});
