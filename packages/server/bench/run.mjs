#!/usr/bin/env node
// Server benchmark (`npm run bench`): loopback HTTP against the built server (dist/cli.js)
// running in its own process, the load generator in this one.
//   1. sustained votes per second on PGlite           goal ≥ 2,000
//   2. sustained votes per second on PostgreSQL       goal ≥ 5,000
//   3. vote-to-event latency with 1,000 and 5,000 subscribers (p50, p95; goal p95 ≤ 1 s at
//      5,000) and the server's memory per subscriber
// Each part ends within 5 minutes. Figures go to bench-results/server.json and a table.
// PostgreSQL comes from DATABASE_URL, or a throwaway cluster (scripts/postgres.mjs); when
// neither is possible that part is skipped and says why.
//
// Options: --only votes-pglite,votes-postgresql,latency   --seconds 15   --subscribers 1000,5000
//          --latency-backend pglite,postgresql            --concurrency 256
//          --min-new-votes N (poll setting for the vote parts; 1000 = almost no results events)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { getBuiltInLadder } from '@partnerkit/core';
import { ensurePostgres, startPostgres } from '../../../scripts/postgres.mjs';
import { machineCpu, startServer } from './server-process.mjs';
import { measureLatency } from './streams.mjs';
import { measureVotes } from './votes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// Ctrl+C: exit through process.exit so a throwaway PostgreSQL is removed (servers get the signal too).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const PART_LIMIT_MS = 5 * 60_000;
const GOALS = { votesPglite: 2000, votesPostgresql: 5000, p95At5000Ms: 1000 };

const { values: options } = parseArgs({
  options: {
    only: { type: 'string', default: 'votes-pglite,votes-postgresql,latency' },
    seconds: { type: 'string', default: '15' },
    subscribers: { type: 'string', default: '1000,5000' },
    'latency-backend': { type: 'string', default: 'pglite,postgresql' },
    concurrency: { type: 'string', default: '256' },
    // For finding what limits the vote rate: 1000 makes results (and their events) rare.
    'min-new-votes': { type: 'string' },
  },
});
const parts = new Set(options.only.split(','));
const seconds = Number(options.seconds);
const concurrency = Number(options.concurrency);
const minNewVotes = options['min-new-votes'] === undefined ? undefined : Number(options['min-new-votes']);
const rungs = getBuiltInLadder('participation').rungs.map((rung) => rung.id);
// Poll ids differ from run to run, so a DATABASE_URL kept between runs never refuses them.
const run = Date.now().toString(36);

/** A throwaway PostgreSQL (or DATABASE_URL), made once when a part first needs it. */
let postgres;
async function postgresUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!postgres) {
    const found = ensurePostgres();
    if (!found.ok) throw new Skip(found.reason);
    // Durable like production (fsync and synchronous_commit on), with room to work.
    postgres = await startPostgres({
      bin: found.bin,
      database: 'partnerkit_bench',
      settings: { shared_buffers: '256MB', max_wal_size: '2GB', checkpoint_timeout: '15min', max_connections: 300 },
    });
  }
  return postgres.url;
}

class Skip extends Error {}

/** The throwaway cluster's postmaster (to measure PostgreSQL's own CPU), if we started one. */
function postgresPid() {
  if (!postgres) return undefined;
  const pid = Number(readFileSync(join(postgres.folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Runs one part with its own server; stops it after PART_LIMIT_MS whatever happens. */
async function runPart(name, backend, work, { library = false } = {}) {
  const deadline = Date.now() + PART_LIMIT_MS;
  let server;
  let timer;
  console.log(`\n${name} (${backend})…`);
  try {
    const databaseUrl = backend === 'postgresql' ? await postgresUrl() : undefined;
    server = await startServer({ ...(databaseUrl ? { databaseUrl } : {}), library });
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('did not finish within 5 minutes')), PART_LIMIT_MS);
    });
    const figures = await Promise.race([work(server, deadline), limit]);
    console.log(JSON.stringify(figures));
    return { name, backend, ...figures };
  } catch (error) {
    const reason = error instanceof Skip ? `skipped: ${error.message}` : `failed: ${error.message}`;
    console.log(`  ${reason}`);
    if (server && !(error instanceof Skip)) console.log(server.output().split('\n').slice(-20).join('\n'));
    return { name, backend, error: reason };
  } finally {
    clearTimeout(timer);
    await server?.stop();
  }
}

// Figures mean little when other work shares the cores: measure how busy the machine is first.
const idleBefore = machineCpu();
await new Promise((resolve) => setTimeout(resolve, 2000));
const busyCores = Math.round(((machineCpu().busy - idleBefore.busy) / 2) * 100) / 100;
if (busyCores > 0.25) {
  console.log(`Warning: other work already keeps ${busyCores} of ${cpus().length} cores busy; the figures below will be low.`);
}

const results = [];
if (parts.has('votes-pglite')) {
  results.push(await runPart('votes', 'pglite', (server) => measureVotes(server, { rungs, seconds, concurrency, tag: `vp${run}`, minNewVotes })));
}
if (parts.has('votes-postgresql')) {
  results.push(
    await runPart('votes', 'postgresql', (server) => measureVotes(server, { rungs, seconds, concurrency, tag: `vq${run}`, databasePid: postgresPid(), minNewVotes })),
  );
}
if (parts.has('latency')) {
  for (const backend of options['latency-backend'].split(',')) {
    for (const subscribers of options.subscribers.split(',').map(Number)) {
      results.push(
        await runPart(
          `latency ${subscribers}`,
          backend,
          (server, deadline) => measureLatency(server, { rungs, subscribers, seconds: Math.max(10, seconds), tag: `l${subscribers}${run}`, deadline, databasePid: postgresPid() }),
          { library: true },
        ),
      );
    }
  }
}
await postgres?.stop();

// The table, figures against the goals.
const rows = [];
const met = (ok) => (ok ? 'met' : 'NOT met');
for (const result of results) {
  if (result.error) {
    rows.push([`${result.name} (${result.backend})`, result.error, '', '']);
  } else if (result.name === 'votes') {
    const goal = result.backend === 'pglite' ? GOALS.votesPglite : GOALS.votesPostgresql;
    rows.push([`votes/s (${result.backend})`, String(result.votesPerSecond), `≥ ${goal}`, met(result.votesPerSecond >= goal)]);
    rows.push([`  vote HTTP latency p50 / p95`, `${result.httpLatencyMs.p50} / ${result.httpLatencyMs.p95} ms`, '', '']);
    const [label, figure] =
      result.cpu.database === undefined
        ? ['server / load generator / other', `${result.cpu.server} / ${result.cpu.loadGenerator} / ${result.cpu.rest}`]
        : ['server / load generator / PostgreSQL / other', `${result.cpu.server} / ${result.cpu.loadGenerator} / ${result.cpu.database} / ${result.cpu.rest}`];
    rows.push([`  CPU cores: ${label}`, figure, '', '']);
  } else {
    const goalHere = result.subscribers >= 5000;
    rows.push([
      `latency p50 / p95, ${result.subscribers} subscribers (${result.backend})`,
      `${result.latencyMs.p50} / ${result.latencyMs.p95} ms`,
      goalHere ? `p95 ≤ ${GOALS.p95At5000Ms} ms` : '',
      goalHere ? met(result.latencyMs.p95 <= GOALS.p95At5000Ms && result.missedDeliveries === 0) : '',
    ]);
    rows.push([`  deliveries (missed)`, `${result.deliveries} (${result.missedDeliveries})`, '', '']);
    rows.push([`  memory per subscriber (heap)`, `${result.memory.perSubscriberKiB} KiB`, '', '']);
    rows.push([`  memory per subscriber (RSS)`, `${result.memory.rssPerSubscriberKiB} KiB (${result.memory.rssBeforeMiB} → ${result.memory.rssAfterMiB} MiB)`, '', '']);
  }
}
const header = ['measure', 'figure', 'goal', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
console.log(`\n${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}`);

const outDir = join(here, '..', 'bench-results');
mkdirSync(outDir, { recursive: true });
const report = {
  package: '@partnerkit/server',
  node: process.version,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, busyCoresBeforeStart: busyCores },
  goals: GOALS,
  results,
};
writeFileSync(join(outDir, 'server.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Written to ${join('packages', 'server', 'bench-results', 'server.json')}`);
