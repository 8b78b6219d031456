import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type JsonLine, readJsonLineBatches } from './readers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-readers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(content: string | Buffer): string {
  const file = path.join(dir, `f-${Math.random().toString(36).slice(2)}.jsonl`);
  fs.writeFileSync(file, content);
  return file;
}

function readAll(file: string, batchSize: number, chunkBytes?: number): { batches: JsonLine[][]; lastBytesRead: number } {
  const batches: JsonLine[][] = [];
  let lastBytesRead = 0;
  for (const { lines, bytesRead } of readJsonLineBatches(file, batchSize, chunkBytes)) {
    batches.push(lines);
    lastBytesRead = bytesRead;
  }
  return { batches, lastBytesRead };
}

describe('readJsonLineBatches', () => {
  it('numbers lines as the file does, skipping blank ones, and drops a BOM', () => {
    const file = fileWith('\uFEFF{"text":"a"}\n\n   \n{"text":"b"}\n{"text":"c"}');
    const { batches, lastBytesRead } = readAll(file, 10);
    expect(batches).toEqual([
      [
        { line: 1, text: '{"text":"a"}' },
        { line: 4, text: '{"text":"b"}' },
        { line: 5, text: '{"text":"c"}' },
      ],
    ]);
    expect(lastBytesRead).toBe(fs.statSync(file).size);
  });

  it('ends lines at \\n, \\r\\n and a lone \\r, as readline does', () => {
    const file = fileWith('one\r\ntwo\rthree\nfour\r\n');
    expect(readAll(file, 10).batches.flat()).toEqual([
      { line: 1, text: 'one' },
      { line: 2, text: 'two' },
      { line: 3, text: 'three' },
      { line: 4, text: 'four' },
    ]);
  });

  it('gives batches of the asked size, the last one shorter', () => {
    const file = fileWith(Array.from({ length: 7 }, (_, i) => `{"n":${i}}`).join('\n') + '\n');
    const sizes = readAll(file, 3).batches.map((lines) => lines.length);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('reads the same lines whatever the piece size, with \\r\\n and multi-byte characters split between pieces', () => {
    const lines = ['{"text":"Kecewa 😡 bgt"}', '', '{"text":"pelayanan ramah 👍"}', '{"text":"naïve café"}', '{"text":"akhir"}'];
    const content = lines.join('\r\n') + '\r\n' + '\r' + 'tail';
    const file = fileWith(content);
    const expected = readAll(file, 100, 1 << 20).batches.flat();
    expect(expected.map((l) => l.text)).toEqual([...lines.filter((l) => l !== ''), 'tail']);
    expect(expected.map((l) => l.line)).toEqual([1, 3, 4, 5, 7]);
    for (const chunkBytes of [1, 2, 3, 5, 7, 13]) expect(readAll(file, 100, chunkBytes).batches.flat()).toEqual(expected);
  });

  it('reads an empty file as no batches', () => {
    expect(readAll(fileWith(''), 5).batches).toEqual([]);
  });
});
