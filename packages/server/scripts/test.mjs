#!/usr/bin/env node
// The server package's `npm test`. The suite runs every database test on embedded PGlite, and
// on PostgreSQL too when DATABASE_URL is set (test/support.ts, test/process/support.ts). So
// this script finds a PostgreSQL for it — DATABASE_URL from the environment, or else a
// throwaway cluster from scripts/postgres.mjs (which installs Debian's PostgreSQL when missing
// and running as root) — and runs the suite once with it. When PostgreSQL cannot be had it
// says "PostgreSQL suite skipped: <reason>", runs the PGlite half, and that is not a failure.
// The counts land in test-results/vitest.json (the repo's Vitest reporter).
//
// Extra arguments go to Vitest: `node scripts/test.mjs test/process` runs only those files.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePostgres, startPostgres } from '../../../scripts/postgres.mjs';
import { writeResults } from '../../../scripts/reporters/results-file.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(packageDir, 'test-results');
const vitestArgs = process.argv.slice(2);

/** The program running now, so a signal can be passed on to it. */
let current;

/** Runs a program from the package folder and resolves to its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: packageDir, stdio: 'inherit', env });
    current = child;
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Ctrl+C or a CI cancel: pass the signal on to Vitest, give it a moment to stop its servers,
 * then exit through process.exit so the throwaway cluster is removed too.
 */
function stopOnSignal(signal) {
  const child = current;
  if (!child) process.exit(130);
  child.kill(signal);
  const timer = setTimeout(() => process.exit(130), 10_000);
  child.once('exit', () => {
    clearTimeout(timer);
    process.exit(130);
  });
}

/** The newest modification time of any file under a folder. */
function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The process tests start dist/cli.js: build it when it is missing or older than src/. */
async function buildWhenStale() {
  const cli = join(packageDir, 'dist', 'cli.js');
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestChange(join(packageDir, 'src'))) return 0;
  console.log('Building the server (dist/ is missing or older than src/)…');
  return run(process.execPath, [tsupBin()]);
}

/** Where the tsup command lives (hoisted to the repo's node_modules by npm workspaces). */
function tsupBin() {
  for (const base of [packageDir, join(packageDir, '..', '..')]) {
    const path = join(base, 'node_modules', 'tsup', 'dist', 'cli-default.js');
    if (existsSync(path)) return path;
  }
  throw new Error('tsup is not installed: run npm install at the repo root.');
}

/** Where the vitest command lives. */
function vitestBin() {
  for (const base of [packageDir, join(packageDir, '..', '..')]) {
    const path = join(base, 'node_modules', 'vitest', 'vitest.mjs');
    if (existsSync(path)) return path;
  }
  throw new Error('vitest is not installed: run npm install at the repo root.');
}

/**
 * Runs the suite once, with DATABASE_URL set to `databaseUrl` (or unset). A run that ends
 * before the reporter writes its counts is filed as one failure.
 */
async function runSuite(databaseUrl) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const code = await run(process.execPath, [vitestBin(), 'run', ...vitestArgs], env);
  if (!existsSync(join(resultsDir, 'vitest.json'))) writeResults('vitest', { passed: 0, failed: 1, skipped: 0 }, packageDir);
  return code;
}

/** Resolves to `{ url, stop }` for the PostgreSQL half, or `{ skipped: reason }`. */
async function findPostgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, label: 'DATABASE_URL', stop: async () => undefined };
  const found = ensurePostgres({ log: (line) => console.log(line) });
  if (!found.ok) return { skipped: found.reason };
  try {
    const cluster = await startPostgres({ bin: found.bin });
    return { url: cluster.url, label: `a throwaway cluster on port ${cluster.port}`, stop: cluster.stop };
  } catch (error) {
    return { skipped: error.message.split('\n')[0] };
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopOnSignal(signal));
  rmSync(resultsDir, { recursive: true, force: true });
  if ((await buildWhenStale()) !== 0) {
    writeResults('build', { passed: 0, failed: 1, skipped: 0 }, packageDir);
    return 1;
  }
  const postgres = await findPostgres();
  if (postgres.skipped) {
    console.log(`PostgreSQL suite skipped: ${postgres.skipped}.`);
    console.log('Server suite on PGlite (embedded).');
    return runSuite(undefined);
  }
  console.log(`Server suite on PGlite (embedded) and PostgreSQL (${postgres.label}).`);
  try {
    return await runSuite(postgres.url);
  } finally {
    await postgres.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
