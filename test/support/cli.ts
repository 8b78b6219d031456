import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { makeTempDir } from './factories';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'siaga.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a `siaga` run on SQLite in `dataDir`, whatever the test runner's own environment says. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SIAGA_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    NO_COLOR: '1',
    ...extra,
  };
}

/** Starts `node bin/siaga.js ...args`; `done` resolves when it exits, however it exits. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return spawnCli(args, env).done;
}

/** Rows in a table of a SQLite file, read without taking part in the writer's transactions. */
export function openSqliteReader(file: string) {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    count(table: string, where = '1 = 1'): number {
      return (db.prepare(`select count(*) as n from ${table} where ${where}`).get() as { n: number }).n;
    },
    close: () => db.close(),
  };
}

/** A fresh SQLite data directory with a workspace "Toko Maju" owned by owner@example.com, made by `siaga user create`. */
export async function createCliWorkspace(extra: Record<string, string> = {}) {
  const tmp = makeTempDir('siaga-cli-');
  const dataDir = path.join(tmp.dir, 'data');
  const env = cliEnv(dataDir, extra);
  const created = await runCli(
    ['user', 'create', '--email', 'owner@example.com', '--workspace', 'Toko Maju', '--password', 'rahasia-123-abc'],
    env,
  );
  if (created.code !== 0) throw new Error(`siaga user create failed: ${created.stderr}`);
  return { tmp, env, dataDir, dbFile: path.join(dataDir, 'siaga.db') };
}
