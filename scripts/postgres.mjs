#!/usr/bin/env node
// A throwaway PostgreSQL for tests and benchmarks (Node built-ins only).
//
// - ensurePostgres(): finds PostgreSQL's programs (initdb, pg_ctl, postgres). When they are
//   missing and we run as root on Debian or Ubuntu, it installs the "postgresql" package with
//   apt-get. Otherwise it says why PostgreSQL cannot be used.
// - startPostgres(): makes a new cluster in a temporary folder, starts it on a free port on
//   127.0.0.1, creates a database and returns its URL and a stop() that removes it all.
//   PostgreSQL refuses to run as root, so as root the cluster runs as the "postgres" user.
//   fsync stays on: the crash tests need real durability.
//
// Command line:
//   node scripts/postgres.mjs ensure          finds (or installs) PostgreSQL, prints where
//   node scripts/postgres.mjs start           starts a cluster, prints DATABASE_URL=…, stops on Ctrl+C
//   node scripts/postgres.mjs run -- CMD …    runs CMD with DATABASE_URL set, then stops the cluster
//
// Set PARTNERKIT_POSTGRES_INSTALL=0 to never install anything.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The programs a throwaway cluster needs, all in one folder. */
const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];
/** Temporary folders made by startPostgres() start with this. */
const FOLDER_PREFIX = 'partnerkit-pg-';
/** The operating-system user PostgreSQL runs as when we are root. */
const SERVICE_USER = 'postgres';

/** Settings for a test cluster: small, quick to start, durable (fsync on). */
const TEST_SETTINGS = {
  max_connections: 300,
  shared_buffers: '32MB',
  fsync: 'on',
  synchronous_commit: 'on',
  full_page_writes: 'on',
  max_wal_size: '1GB',
  log_min_messages: 'warning',
  log_line_prefix: "'%m [%p] '",
};

/**
 * Where cluster folders go. As root the cluster runs as "postgres", which must be able to
 * reach the folder: /tmp always lets it (a TMPDIR under /root would not).
 */
function clusterParent() {
  return isRoot() && existsSync('/tmp') ? '/tmp' : tmpdir();
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasPrograms(folder) {
  return PROGRAMS.every((name) => existsSync(join(folder, name)));
}

/** Version folders under /usr/lib/postgresql (Debian's layout), newest first. */
function debianFolders() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((name) => join(root, name, 'bin'));
}

/** The folder holding initdb, pg_ctl and postgres, or undefined. */
export function findPostgresPrograms() {
  if (process.env.PG_BIN && hasPrograms(process.env.PG_BIN)) return process.env.PG_BIN;
  for (const folder of debianFolders()) if (hasPrograms(folder)) return folder;
  for (const folder of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const initdb = join(folder, 'initdb');
    if (!existsSync(initdb)) continue;
    const real = dirname(realpathSync(initdb));
    if (hasPrograms(real)) return real;
  }
  return undefined;
}

function commandWorks(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function installWithApt(log) {
  log('PostgreSQL is missing: installing Debian\'s "postgresql" package with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  log('PostgreSQL installed.');
}

/**
 * Finds PostgreSQL's programs, installing Debian's "postgresql" package first when they are
 * missing and we are root with apt-get (unless `install` is false or
 * PARTNERKIT_POSTGRES_INSTALL=0). Resolves to `{ ok: true, bin }` or `{ ok: false, reason }`.
 */
export function ensurePostgres({ install = process.env.PARTNERKIT_POSTGRES_INSTALL !== '0', log = (line) => console.error(line) } = {}) {
  let bin = findPostgresPrograms();
  if (!bin) {
    if (!install) return { ok: false, reason: 'PostgreSQL is not installed (and installing was turned off)' };
    if (!isRoot()) return { ok: false, reason: 'PostgreSQL is not installed, and installing it needs root (sudo apt-get install postgresql)' };
    if (!commandWorks('apt-get', ['--version'])) return { ok: false, reason: 'PostgreSQL is not installed, and apt-get is not here to install it' };
    try {
      installWithApt(log);
    } catch (error) {
      return { ok: false, reason: `installing PostgreSQL with apt-get failed (${error.message.split('\n')[0]})` };
    }
    bin = findPostgresPrograms();
    if (!bin) return { ok: false, reason: 'apt-get installed "postgresql" but initdb, pg_ctl and postgres were not found' };
  }
  if (isRoot() && !commandWorks('id', ['-u', SERVICE_USER])) {
    return { ok: false, reason: `PostgreSQL will not run as root, and there is no "${SERVICE_USER}" user to run it as` };
  }
  return { ok: true, bin };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL program, as the "postgres" user when we are root. */
function runProgram(bin, program, args, folder) {
  const path = join(bin, program);
  const [command, fullArgs] = isRoot() ? ['runuser', ['-u', SERVICE_USER, '--', path, ...args]] : [path, args];
  return execFileSync(command, fullArgs, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

function ownFolder(folder) {
  if (!isRoot()) return;
  const uid = execFileSync('id', ['-u', SERVICE_USER], { encoding: 'utf8' }).trim();
  const gid = execFileSync('id', ['-g', SERVICE_USER], { encoding: 'utf8' }).trim();
  execFileSync('chown', ['-R', `${uid}:${gid}`, folder]);
}

function settingLines(settings) {
  return Object.entries(settings)
    .map(([name, value]) => `${name} = ${typeof value === 'number' || /^'.*'$/.test(String(value)) ? value : `'${value}'`}`)
    .join('\n');
}

function stopCluster(bin, folder) {
  const data = join(folder, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      runProgram(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'], folder);
    } catch {
      // Already stopped, or it will not stop: the folder goes anyway.
    }
  }
  rmSync(folder, { recursive: true, force: true });
}

function processLives(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Stops clusters left behind by runs that were killed before they could clean up. */
function removeAbandonedClusters(bin) {
  for (const name of readdirSync(clusterParent())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = join(clusterParent(), name);
    try {
      const owner = Number(readFileSync(join(folder, 'owner.pid'), 'utf8'));
      const age = Date.now() - statSync(folder).mtimeMs;
      if (Number.isInteger(owner) && !processLives(owner) && age > 5_000) stopCluster(bin, folder);
    } catch {
      // Not ours or being made right now: leave it.
    }
  }
}

/**
 * Starts a throwaway PostgreSQL cluster on a free port of 127.0.0.1 with a database named
 * `database`, and resolves to `{ url, port, folder, stop }`. `settings` are added to
 * postgresql.conf over the test defaults (fsync stays on unless you turn it off). `stop()`
 * stops the cluster and removes its folder; it also runs when this process exits normally or
 * through process.exit (a caller that wants it on Ctrl+C turns SIGINT into process.exit). A
 * cluster left behind by a killed process is removed by the next startPostgres().
 */
export async function startPostgres({ bin, database = 'partnerkit', settings = {} } = {}) {
  if (!bin) {
    const found = ensurePostgres();
    if (!found.ok) throw new Error(`PostgreSQL cannot start: ${found.reason}`);
    bin = found.bin;
  }
  removeAbandonedClusters(bin);
  const folder = mkdtempSync(join(clusterParent(), FOLDER_PREFIX));
  writeFileSync(join(folder, 'owner.pid'), String(process.pid));
  const data = join(folder, 'data');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    stopCluster(bin, folder);
  };
  process.on('exit', stop);
  try {
    ownFolder(folder);
    runProgram(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], folder);
    const port = await freePort();
    const all = { ...TEST_SETTINGS, ...settings, listen_addresses: '127.0.0.1', port, unix_socket_directories: folder };
    appendFileSync(join(data, 'postgresql.conf'), `\n# PartnerKit throwaway cluster\n${settingLines(all)}\n`);
    runProgram(bin, 'pg_ctl', ['-D', data, '-l', join(folder, 'postgres.log'), '-w', '-t', '60', 'start'], folder);
    // initdb always makes a database named "postgres"; another needs createdb (beside initdb).
    let name = 'postgres';
    if (database !== 'postgres' && existsSync(join(bin, 'createdb'))) {
      execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database], { stdio: ['ignore', 'pipe', 'pipe'] });
      name = database;
    }
    return { url: `postgres://postgres@127.0.0.1:${port}/${name}`, port, folder, stop: async () => stop() };
  } catch (error) {
    const logFile = join(folder, 'postgres.log');
    const detail = [error.stderr?.toString().trim(), existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : '']
      .filter(Boolean)
      .join('\n');
    stop();
    throw new Error(`PostgreSQL did not start: ${error.message.split('\n')[0]}${detail ? `\n${detail}` : ''}`, { cause: error });
  }
}

/** Runs `command` with DATABASE_URL pointing at a throwaway cluster; resolves to its exit code. */
async function runWithPostgres(command) {
  const cluster = await startPostgres();
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: cluster.url } });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  await cluster.stop();
  return code;
}

async function main(args) {
  const [mode, ...rest] = args;
  if (mode === 'ensure') {
    const found = ensurePostgres();
    if (!found.ok) {
      console.error(`PostgreSQL is not available: ${found.reason}`);
      return 1;
    }
    console.log(found.bin);
    return 0;
  }
  if (mode === 'start') {
    const cluster = await startPostgres();
    console.log(`DATABASE_URL=${cluster.url}`);
    console.error('PostgreSQL is running; press Ctrl+C to stop it and remove its data.');
    // Signal listeners alone do not keep Node running: a timer does.
    const keepAlive = setInterval(() => {}, 60_000);
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    clearInterval(keepAlive);
    await cluster.stop();
    return 0;
  }
  if (mode === 'run') {
    const command = rest[0] === '--' ? rest.slice(1) : rest;
    if (command.length === 0) {
      console.error('Say which command to run: node scripts/postgres.mjs run -- npm test');
      return 2;
    }
    return runWithPostgres(command);
  }
  console.log(
    [
      'Usage:',
      '  node scripts/postgres.mjs ensure         find PostgreSQL (installs it with apt-get as root when missing)',
      '  node scripts/postgres.mjs start          start a throwaway cluster, print DATABASE_URL, stop on Ctrl+C',
      '  node scripts/postgres.mjs run -- CMD …   run CMD with DATABASE_URL set, then remove the cluster',
    ].join('\n'),
  );
  return mode === undefined || mode === '--help' || mode === '-h' ? 0 : 2;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
