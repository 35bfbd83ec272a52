// Sustained votes per second over loopback HTTP: many participants, keep-alive connections,
// a few hundred requests in flight. Every vote is a new participant on one of several polls,
// so rate limits per participant never hold it back.
import { Agent, request } from 'node:http';
import { cpuSeconds, createPoll, machineCpu, treeCpuSeconds } from './server-process.mjs';
import { percentile } from './stats.mjs';

/**
 * Sends votes to `server` with `concurrency` requests in flight: `warmupSeconds` not counted,
 * then `seconds` measured. Resolves to the figures (votes/s, HTTP latency, CPU split).
 */
export async function measureVotes(server, { rungs, polls = 20, concurrency = 256, warmupSeconds = 3, seconds = 15, tag = 'v', databasePid, minNewVotes }) {
  const pollIds = Array.from({ length: polls }, (_, index) => `bench-${tag}-${index}`);
  for (const [index, id] of pollIds.entries()) {
    await createPoll(server.url, { id, resultsVisibility: 'always', askSegment: index % 2 === 0, ...(minNewVotes ? { minNewVotes } : {}) });
  }
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const { hostname, port } = new URL(server.url);
  const segments = ['staff', 'patient'];

  let counter = 0;
  let measuring = false;
  let stopping = false;
  let acknowledged = 0;
  const refused = new Map();
  let firstRefusal;
  const latencies = [];

  const sendOne = () =>
    new Promise((resolve) => {
      const n = counter;
      counter += 1;
      const pollIndex = n % polls;
      const vote = { rung: rungs[n % rungs.length] };
      if (pollIndex % 2 === 0) vote.segment = segments[(n >> 1) % 2];
      const body = JSON.stringify(vote);
      const started = performance.now();
      const counted = measuring;
      const req = request(
        {
          hostname,
          port,
          method: 'PUT',
          path: `/v1/polls/${pollIds[pollIndex]}/votes/${tag}-${n}`,
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'idempotency-key': `${tag}-${n}`,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            if (res.statusCode !== 200) text += chunk;
          });
          res.on('end', () => {
            if (counted && measuring) {
              if (res.statusCode === 200) {
                acknowledged += 1;
                latencies.push(performance.now() - started);
              } else {
                refused.set(res.statusCode, (refused.get(res.statusCode) ?? 0) + 1);
                firstRefusal ??= `${res.statusCode} ${text.slice(0, 300)}`;
              }
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        if (counted && measuring) {
          refused.set('network', (refused.get('network') ?? 0) + 1);
          firstRefusal ??= error.message;
        }
        resolve();
      });
      req.end(body);
    });

  const lane = async () => {
    while (!stopping) await sendOne();
  };
  const lanes = Array.from({ length: concurrency }, lane);

  await sleep(warmupSeconds * 1000);
  const serverCpuBefore = cpuSeconds(server.pid);
  const databaseCpuBefore = databasePid ? treeCpuSeconds(databasePid) : 0;
  const ownCpuBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const startedAt = performance.now();
  measuring = true;
  await sleep(seconds * 1000);
  measuring = false;
  const elapsed = (performance.now() - startedAt) / 1000;
  const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
  const databaseCpu = databasePid ? treeCpuSeconds(databasePid) - databaseCpuBefore : 0;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const machineAfter = machineCpu();
  stopping = true;
  await Promise.all(lanes);
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const machineBusy = machineAfter.busy - machineBefore.busy;
  const loadCpu = (ownCpu.user + ownCpu.system) / 1e6;
  return {
    votesPerSecond: Math.round(acknowledged / elapsed),
    acknowledged,
    seconds: round(elapsed),
    concurrency,
    polls,
    refused: Object.fromEntries(refused),
    ...(firstRefusal ? { firstRefusal } : {}),
    httpLatencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)) },
    // CPU seconds per wall-clock second (2.0 = both cores busy on a 2-core machine).
    cpu: {
      server: round(serverCpu / elapsed),
      loadGenerator: round(loadCpu / elapsed),
      ...(databasePid ? { database: round(databaseCpu / elapsed) } : {}),
      // Everything else busy on the machine meanwhile (other programs; PostgreSQL too when not measured apart).
      rest: round(Math.max(0, machineBusy - serverCpu - loadCpu - databaseCpu) / elapsed),
      machineBusy: round(machineBusy / elapsed),
    },
  };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(value) {
  return Math.round(value * 100) / 100;
}
