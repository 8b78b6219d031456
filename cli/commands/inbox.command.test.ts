import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli } from '../../test/support/cli';
import { testDialects } from '../../test/support/dialects';
import { type makeTempDir } from '../../test/support/factories';

describe.skipIf(!testDialects().includes('sqlite'))('siaga inbox list (SQLite)', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    ({ tmp, env } = await createCliWorkspace());
  });
  afterEach(() => tmp.remove());

  it('lists the mentions that need an answer after an import, and refuses an unknown status', { timeout: 90_000 }, async () => {
    const file = path.join(tmp.dir, 'mentions.jsonl');
    const now = Date.now();
    fs.writeFileSync(
      file,
      [
        { platform: 'x', externalId: '1', text: 'Kapan toko buka lagi?', createdAt: now - 60_000 },
        { platform: 'x', externalId: '2', text: 'Makasih, pesanan sudah sampai', createdAt: now - 60_000 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    expect((await runCli(['import', file], env)).code).toBe(0);
    const listed = await runCli(['inbox', 'list', '--json'], env);
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.stdout) as { mention: { externalId: string }; reasons: string[] }[];
    expect(items.map((i) => i.mention.externalId)).toEqual(['1']);
    expect(items[0]!.reasons).toEqual(['question']);
    const table = await runCli(['inbox', 'list'], env);
    expect(table.stdout).toContain('Kapan toko buka lagi?');
    const bad = await runCli(['inbox', 'list', '--status', 'done'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status');
  });
});
