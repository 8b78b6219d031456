import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useWorkspaceApp } from '../../test/support/app';
import { createBrand, makeMention } from '../../test/support/factories';
import { testDialects } from '../../test/support/dialects';
import { type BatchPreparer, createIngestPipeline } from './ingest';
import { prepareRows } from './prepare';
import { createQueryCompiler } from './match';
import type { IncomingRow, StoredMention } from './pipeline.types';
import type { PreparedBatch } from './prepare';

const rowsOf = (prefix: string, n: number): IncomingRow[] =>
  Array.from({ length: n }, (_, i) => ({
    line: i + 1,
    data: makeMention({ externalId: `${prefix}-${i}`, text: `Paket ${prefix} ${i} belum sampai` }),
  }));

/** A preparer whose batches finish only when the test says so, in the order the test chooses. */
function heldPreparer() {
  const compile = createQueryCompiler();
  const held: { release: () => void; fail: (error: Error) => void }[] = [];
  const preparer: BatchPreparer = {
    prepare(_workspaceId, input, queries) {
      return new Promise<PreparedBatch>((resolve, reject) => {
        held.push({ release: () => resolve(prepareRows(input, compile(queries), null)), fail: reject });
      });
    },
  };
  return { preparer, held };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe.each(testDialects())('ingest pipeline order (%s)', (dialect) => {
  const w = useWorkspaceApp(dialect);

  it('stores batches and runs their hooks in the order they came, whatever order their preparation finishes in', async () => {
    await createBrand(w.owner, w.workspaceId, 'KirimKilat', 'paket');
    const seen: { batch: string; mentionsStoredBefore: number }[] = [];
    const { preparer, held } = heldPreparer();
    const { db } = w.t.ctx;
    const pipeline = createIngestPipeline(
      w.t.ctx,
      {
        afterStore: [
          async (workspaceId: number, stored: StoredMention[]) => {
            const { rows } = await sql<{ n: number }>`select count(*) as n from mentions where workspace_id = ${workspaceId}`.execute(db);
            seen.push({ batch: stored[0]!.record.externalId.split('-')[0]!, mentionsStoredBefore: Number(rows[0]!.n) });
          },
        ],
      },
      preparer,
    );
    const first = pipeline.ingestBatch(w.workspaceId, rowsOf('a', 3));
    const second = pipeline.ingestBatch(w.workspaceId, rowsOf('b', 4));
    const third = pipeline.ingestBatch(w.workspaceId, rowsOf('c', 5));
    await waitFor(() => held.length === 3);
    // The last batch is prepared first, then the second, then the first.
    held[2]!.release();
    held[1]!.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
    held[0]!.release();
    const results = await Promise.all([first, second, third]);
    expect(results.map((r) => r.imported)).toEqual([3, 4, 5]);
    // Each batch's hook sees the store right after that batch: never a later batch's mentions.
    expect(seen).toEqual([
      { batch: 'a', mentionsStoredBefore: 3 },
      { batch: 'b', mentionsStoredBefore: 7 },
      { batch: 'c', mentionsStoredBefore: 12 },
    ]);
    const ids = await db.selectFrom('mentions').select(['id', 'external_id']).orderBy('id').execute();
    expect(ids.map((m) => m.external_id.split('-')[0])).toEqual([...'aaabbbbccccc']);
  });

  it('gives the event loop a turn between batches that are ready to be stored', async () => {
    const { preparer, held } = heldPreparer();
    const turns: string[] = [];
    const pipeline = createIngestPipeline(
      w.t.ctx,
      {
        beforeStore: [(_workspaceId: number, mentions) => void turns.push(`store ${mentions[0]!.record.externalId.split('-')[0]}`)],
        afterStore: [
          // What the event loop runs next: I/O, timers, other requests. It must not wait until every ready batch is stored.
          () => void setImmediate(() => turns.push('event loop')),
        ],
      },
      preparer,
    );
    const first = pipeline.ingestBatch(w.workspaceId, rowsOf('a', 2));
    const second = pipeline.ingestBatch(w.workspaceId, rowsOf('b', 2));
    await waitFor(() => held.length === 2);
    held[1]!.release();
    held[0]!.release();
    await Promise.all([first, second]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(turns).toEqual(['store a', 'event loop', 'store b', 'event loop']);
  });

  it('a batch whose preparation fails fails alone; the batches after it are still stored in order', async () => {
    const { preparer, held } = heldPreparer();
    const pipeline = createIngestPipeline(w.t.ctx, {}, preparer);
    const first = pipeline.ingestBatch(w.workspaceId, rowsOf('a', 2));
    const second = pipeline.ingestBatch(w.workspaceId, rowsOf('b', 2));
    await waitFor(() => held.length === 2);
    held[1]!.release();
    held[0]!.fail(new Error('worker gone'));
    await expect(first).rejects.toThrow('worker gone');
    expect((await second).imported).toBe(2);
    const stored = await w.t.ctx.db.selectFrom('mentions').select('external_id').execute();
    expect(stored.map((m) => m.external_id).sort()).toEqual(['b-0', 'b-1']);
  });
});
