// Starts the built server (dist/cli.js) as a child process for the benchmark, and reads what
// the operating system says about it (memory, CPU time) from /proc.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/postgres.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = join(packageDir, 'dist', 'cli.js');
const LISTENING = /PartnerKit server listening on (http:\/\/\S+)/;

/** The facilitator token the benchmark's servers get. */
export const TOKEN = `bench-${randomBytes(12).toString('hex')}`;

/**
 * Starts a server on a free port: on PGlite in a new temporary folder, or on PostgreSQL when
 * `databaseUrl` is given. By default it is the real command (dist/cli.js); with
 * `library: true` it is server-child.mjs (the same server through createServer) whose
 * `memory()` answers the live heap after garbage collection. Resolves to
 * `{ url, pid, output(), memory(), stop() }` once it is listening.
 */
export async function startServer({ databaseUrl, library = false } = {}) {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the server first (npm run build).`);
  const folder = mkdtempSync(join(tmpdir(), 'pk-bench-'));
  const port = await freePort();
  const env = { ...process.env, PARTNERKIT_FACILITATOR_TOKEN: TOKEN };
  delete env.DATABASE_URL;
  let child;
  if (library) {
    const storage = databaseUrl ? { databaseUrl } : { dataDir: join(folder, 'data') };
    env.PK_BENCH_OPTIONS = JSON.stringify({ ...storage, port });
    child = spawn(process.execPath, ['--expose-gc', join(packageDir, 'bench', 'server-child.mjs')], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
  } else {
    const storage = databaseUrl ? ['--database-url', databaseUrl] : ['--data-dir', join(folder, 'data')];
    child = spawn(process.execPath, [cliPath, '--port', String(port), '--host', '127.0.0.1', ...storage], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The server ended (code ${code}, signal ${signal}) before listening:\n${output}`));
    });
  });
  // Keep reading so a chatty server never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    pid: child.pid,
    output: () => output,
    /** process.memoryUsage() of the server after garbage collection (library mode only). */
    memory() {
      if (!library) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        const onMessage = (message) => {
          if (message?.type !== 'memory') return;
          child.off('message', onMessage);
          resolve(message);
        };
        child.on('message', onMessage);
        child.send('memory');
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A process's resident memory in bytes (VmRSS in /proc/<pid>/status). */
export function residentBytes(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** CPU seconds (user + system) a process has used (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used by a process and all its children, living or ended (for PostgreSQL: the
 * postmaster and its backends). Reads /proc; children are found by their parent pid.
 */
export function treeCpuSeconds(rootPid) {
  let total = 0;
  const own = readStat(rootPid);
  if (!own) return Number.NaN;
  // utime + stime, plus cutime + cstime of children already waited for.
  total += (own[11] + own[12] + own[13] + own[14]) / 100;
  const stack = [rootPid];
  const entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  const parents = new Map();
  for (const name of entries) {
    const stat = readStat(Number(name));
    if (stat) parents.set(Number(name), stat);
  }
  while (stack.length > 0) {
    const parent = stack.pop();
    for (const [pid, stat] of parents) {
      if (stat[1] !== parent) continue;
      total += (stat[11] + stat[12]) / 100;
      stack.push(pid);
    }
  }
  return total;
}

/** Fields of /proc/<pid>/stat after the command name, as numbers (index 1 = parent pid). */
function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  } catch {
    return undefined;
  }
}

/** Busy and total CPU time of the whole machine, in seconds (from /proc/stat). */
export function machineCpu() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}

const setupAgent = new Agent({ keepAlive: true, maxSockets: 8 });

/** A JSON request to the server; resolves to `{ status, body }`. */
export function callJson(base, method, path, { body, facilitator = false, key } = {}) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers = { accept: 'application/json' };
  if (text !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(text);
  }
  if (facilitator) headers.authorization = `Bearer ${TOKEN}`;
  if (method !== 'GET') headers['idempotency-key'] = key ?? randomBytes(12).toString('hex');
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: setupAgent }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        data += chunk;
      });
      res.on('end', () => {
        let parsed = data;
        try {
          parsed = data ? JSON.parse(data) : undefined;
        } catch {
          // keep text
        }
        resolve({ status: res.statusCode, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** Creates a poll as the facilitator; throws unless it worked. */
export async function createPoll(base, settings) {
  const answer = await callJson(base, 'POST', '/v1/polls', { body: settings, facilitator: true });
  if (answer.status !== 200 && answer.status !== 201) {
    throw new Error(`Creating poll ${settings.id} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
