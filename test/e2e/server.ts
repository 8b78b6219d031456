import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningSiaga {
  url: string;
  dataDir: string;
  setupToken: string;
  output: () => string;
  /** Runs the CLI against the same data directory. */
  cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

const ROOT = new URL('../..', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/siaga.js'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `siaga start` exactly as a user would, on a free port and a fresh data directory. */
export async function startSiaga(): Promise<RunningSiaga> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-e2e-'));
  const port = await freePort();
  const env = { ...process.env, SIAGA_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' };
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bin/siaga.js'), 'start'], { cwd: ROOT, env });
  let output = '';
  const setupToken = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`siaga did not start in time:\n${output}`)), 90_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /setup token: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`siaga exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    setupToken,
    output: () => output,
    cli: (args) => run(args, env),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
