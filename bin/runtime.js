// Loads the command-line program compiled: the TypeScript sources are bundled by esbuild into
// `dist/build-*/` the first time they are run and again whenever a source file changes, so `siaga` always
// runs what the checkout holds, as plain JavaScript. `SIAGA_RUN_SOURCES=1` runs the sources through tsx
// instead (no build), which is what the tests do through vitest.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const POINTER = path.join(DIST, 'current.json');
const SOURCE_DIRS = ['core', 'server', 'cli', 'bench'];
/** Older builds than this that are not the current one are removed; a running process may still use its own. */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/** The newest change under the source folders: a file edited, added or removed (its folder changes). */
function newestSourceChange() {
  let newest = 0;
  const stack = SOURCE_DIRS.map((dir) => path.join(ROOT, dir));
  while (stack.length > 0) {
    const dir = stack.pop();
    newest = Math.max(newest, fs.statSync(dir).mtimeMs);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function readPointer() {
  try {
    const pointer = JSON.parse(fs.readFileSync(POINTER, 'utf8'));
    return fs.existsSync(path.join(DIST, pointer.build, 'siaga.js')) ? pointer : null;
  } catch {
    return null;
  }
}

function removeOldBuilds(current) {
  for (const name of fs.readdirSync(DIST)) {
    if (!name.startsWith('build-') || name === current) continue;
    const full = path.join(DIST, name);
    if (Date.now() - fs.statSync(full).mtimeMs > KEEP_OLD_BUILDS_MS) fs.rmSync(full, { recursive: true, force: true });
  }
}

/**
 * Bundles the program and its analysis worker. Concurrent runs each build into their own folder and the
 * last to finish moves the pointer, which is replaced atomically, so no run ever sees half a build.
 */
async function build(sourcesChanged) {
  const esbuild = await import('esbuild');
  const name = `build-${Date.now()}-${process.pid}`;
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { siaga: 'cli/main.ts', 'analysis.worker': 'server/features/analysis/analysis.worker.ts' },
    outdir: path.join(DIST, name),
    outExtension: { '.js': '.js' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  const temporary = `${POINTER}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify({ build: name, sourcesChanged }));
  fs.renameSync(temporary, POINTER);
  removeOldBuilds(name);
  return name;
}

/** The folder of a build of the current sources, made now if there is none. */
async function currentBuild() {
  const sourcesChanged = newestSourceChange();
  const pointer = readPointer();
  if (pointer && pointer.sourcesChanged >= sourcesChanged) return path.join(DIST, pointer.build);
  fs.mkdirSync(DIST, { recursive: true });
  return path.join(DIST, await build(sourcesChanged));
}

/** Runs the `siaga` program with `process.argv` as it is. */
export async function runCli() {
  if (process.env.SIAGA_RUN_SOURCES === '1') {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../cli/main.ts');
    return;
  }
  const dir = await currentBuild();
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(path.join(dir, 'siaga.js')).href);
}
