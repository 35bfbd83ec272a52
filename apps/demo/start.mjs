#!/usr/bin/env node
// What `npm start` runs after the build: the PartnerKit API server (a child process, on PGlite
// in apps/demo/.pk-data, with a facilitator token made for this run), the polls the intranet
// page uses, and the demo server on PORT (default 4173) passing /v1/* to the API server.
// Tests import `startStack` to run the same stack on free ports with a temporary data folder.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The API server's command-line entry (built by `turbo run build --filter=@partnerkit/demo...`). */
export const SERVER_CLI = join(here, '..', '..', 'packages', 'server', 'dist', 'cli.js');
/** Where `npm start` keeps its data (gitignored). */
export const DEFAULT_DATA_DIR = join(here, '.pk-data');
/** How long the API server may take to start. */
const START_LIMIT_MS = 60_000;
/** How long a stopping API server may take before it is killed. */
const STOP_LIMIT_MS = 12_000;

/** The polls the intranet page embeds; made at start when missing. */
export const DEMO_POLLS = [{ id: 'quality-council', ladderId: 'participation', resultsVisibility: 'after-vote', minGroupSize: 3 }];

/** A new random facilitator token: 32 random bytes, base64url. */
export function makeToken() {
  return randomBytes(32).toString('base64url');
}

/** Waits until `url` answers `/healthz` with 200. */
async function waitForHealth(url, deadline) {
  for (;;) {
    try {
      const response = await fetch(new URL('/healthz', url));
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The PartnerKit server at ${url} did not become healthy in time.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts the API server as a child process and resolves once `/healthz` answers, with the
 * child and its URL. `port` 0 picks a free port. The child's environment has the token and
 * never `DATABASE_URL`: the demo always keeps its data in `dataDir`.
 */
export function spawnApi({ port = 0, dataDir, token, log = () => {} }) {
  const env = { ...process.env, PARTNERKIT_FACILITATOR_TOKEN: token };
  for (const name of ['DATABASE_URL', 'PARTNERKIT_DATA_DIR', 'PORT', 'PARTNERKIT_ALLOWED_ORIGINS']) delete env[name];
  const child = spawn(process.execPath, [SERVER_CLI, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    log(line);
  });
  const deadline = Date.now() + START_LIMIT_MS;
  return new Promise((resolve, reject) => {
    const failed = (reason) => reject(new Error(`${reason}\n${recent.join('\n')}`.trim()));
    const onEarlyExit = (code, signal) => failed(`The PartnerKit server stopped while starting (${signal ?? `exit code ${code}`}).`);
    child.once('exit', onEarlyExit);
    child.once('error', (error) => failed(`The PartnerKit server could not be started: ${error.message}`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match) return;
      const url = match[1].endsWith('/') ? match[1] : `${match[1]}/`;
      waitForHealth(url, deadline).then(
        () => {
          child.off('exit', onEarlyExit);
          resolve({ child, url });
        },
        (error) => {
          child.kill('SIGKILL');
          failed(error.message);
        },
      );
    });
  });
}

/** Creates the intranet page's polls when they are missing (a second run changes nothing). */
export async function ensureDemoPolls(apiUrl, token, polls = DEMO_POLLS) {
  for (const settings of polls) {
    const found = await fetch(new URL(`v1/polls/${encodeURIComponent(settings.id)}`, apiUrl));
    if (found.ok) continue;
    if (found.status !== 404) throw new Error(`Reading the poll ${settings.id} failed with status ${found.status}.`);
    const created = await fetch(new URL('v1/polls', apiUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(settings),
    });
    // 409: made meanwhile by another start.
    if (!created.ok && created.status !== 409) throw new Error(`Creating the poll ${settings.id} failed with status ${created.status}: ${await created.text()}`);
  }
}

/** Resolves when the child has exited (at once when it already has). */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the whole demo: the API server (child process) on `apiPort` (0: a free port, kept for
 * restarts), the intranet page's polls, and the demo server on `port` (0: a free port).
 * Resolves with `{ url, apiUrl, token, dataDir, stopApi(signal), startApi(), close() }`:
 * `stopApi('SIGKILL')` kills the API server and `startApi()` starts it again on the same port
 * and data folder while the demo server keeps running. `onApiExit(code, signal)` hears the API
 * server stopping when nobody asked it to. `log` receives the API server's log lines.
 */
export async function startStack({
  port = 4173,
  host = '127.0.0.1',
  apiPort = 0,
  dataDir = DEFAULT_DATA_DIR,
  token = makeToken(),
  onApiExit = () => {},
  log = () => {},
} = {}) {
  let api;
  let expectingExit = false;
  // Never leave the API server running after this process ends.
  const killOnExit = () => api?.child.kill('SIGKILL');
  process.on('exit', killOnExit);

  const startApi = async () => {
    if (api !== undefined && api.child.exitCode === null && api.child.signalCode === null) return api.url;
    const started = await spawnApi({ port: api === undefined ? apiPort : Number(new URL(api.url).port), dataDir, token, log });
    api = started;
    expectingExit = false;
    started.child.once('exit', (code, signal) => {
      if (!expectingExit) onApiExit(code, signal);
    });
    return started.url;
  };
  const stopApi = async (signal = 'SIGTERM') => {
    if (api === undefined) return;
    const { child } = api;
    expectingExit = true;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_LIMIT_MS);
    await exited(child);
    clearTimeout(timer);
  };

  let demo;
  try {
    const apiUrl = await startApi();
    await ensureDemoPolls(apiUrl, token);
    demo = await startDemoServer({ port, host, apiUrl });
  } catch (error) {
    await stopApi();
    process.off('exit', killOnExit);
    throw error;
  }
  return {
    url: demo.url,
    apiUrl: api.url,
    token,
    dataDir,
    stopApi,
    startApi,
    async close() {
      await demo.close();
      await stopApi();
      process.off('exit', killOnExit);
    },
  };
}

/** This machine's network addresses, for phones on the same network (when HOST allows it). */
function lanAddresses(port) {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry.address}:${port}/`);
}

/** The lines `npm start` prints. */
export function startMessage({ url, token, dataDir, host }) {
  const base = new URL(url);
  const at = (path) => new URL(path, base).href;
  const lines = [
    '',
    'PartnerKit demo is running.',
    '',
    `  Intranet page:     ${at('/')}   (in French: ${at('/fr/')})`,
    `  Voting page:       ${at('/vote.html?code=CODE')}   (CODE: the poll's join code)`,
    `  Facilitator page:  ${at(`/facilitator.html#token=${token}`)}`,
    `  Presenter view:    ${at('/present.html?code=CODE')}   (the intranet poll: ${at('/present.html?code=quality-council')})`,
    `  Tablet poll (SDK): ${at('/sdk.html')}    Plain element page: ${at('/elements.html')}`,
    '',
    `  Facilitator token: ${token}`,
    '  Anyone with the token can create, close and reset polls: keep it to yourself. A new one is made at each start.',
    `  Data folder: ${relative(process.cwd(), dataDir) || '.'}`,
  ];
  if (host === '0.0.0.0') {
    const addresses = lanAddresses(base.port);
    if (addresses.length > 0) lines.push(`  Phones on this network can open: ${addresses.join('  ')}`, '  Open the presenter view at that address too, so its QR code points there.');
  } else {
    lines.push('  Phones cannot reach 127.0.0.1. To vote from phones on your network: HOST=0.0.0.0 npm start');
  }
  lines.push('', 'Press Ctrl+C to stop.', '');
  return lines.join('\n');
}

/** Forwards the API server's warnings and errors (its log lines are JSON) to the terminal. */
function printServerLog(line) {
  try {
    const entry = JSON.parse(line);
    if (entry.level === 'info') return;
  } catch {
    // Not JSON: show it as it is.
  }
  process.stderr.write(`[server] ${line}\n`);
}

async function main() {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  let stopping = false;
  const stack = await startStack({
    port,
    host,
    log: printServerLog,
    onApiExit: (code, signal) => {
      if (stopping) return;
      console.error(
        `\nThe PartnerKit API server stopped (${signal ?? `exit code ${code}`}). The pages stay up but cannot save answers or show live results.` +
          '\nVotes made now wait in each browser and are sent when the server is back. Press Ctrl+C and run "npm start" again.\n',
      );
    },
  });
  console.log(startMessage({ ...stack, host }));
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    stack.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    const port = process.env.PORT ?? 4173;
    const reason = error?.code === 'EADDRINUSE' ? `port ${port} is already in use; try PORT=4174 npm start` : error.message;
    console.error(`The demo could not start: ${reason}`);
    process.exit(1);
  });
}
