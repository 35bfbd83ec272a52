// Vote-to-event latency with many event-stream subscribers, and the server's memory per
// subscriber. Subscribers are raw HTTP clients (not EventSource), spread over several polls.
// Votes go to each poll one after the other at a steady pace; a vote's latency for a
// subscriber is the time from sending the vote to the first results event on that
// subscriber's stream whose changeCount includes it (coalesced snapshots count too).
import { Agent, get, request } from 'node:http';
import { callJson, cpuSeconds, createPoll, machineCpu, residentBytes, treeCpuSeconds } from './server-process.mjs';
import { percentile } from './stats.mjs';

const CHANGE_COUNT = /"changeCount":(\d+)/;

/**
 * Opens `subscribers` streams on `server` over `polls` polls, measures the server's memory
 * before and after, then sends `votesPerPollPerSecond` votes to each poll for `seconds`.
 * Resolves to latency percentiles, memory per subscriber and CPU use.
 */
export async function measureLatency(server, { rungs, subscribers, polls = 10, votesPerPollPerSecond = 2, seconds = 20, tag = 's', deadline, databasePid }) {
  const pollIds = Array.from({ length: polls }, (_, index) => `bench-${tag}-${index}`);
  const agent = new Agent({ keepAlive: true, maxSockets: polls * 2 });
  const voteCounts = pollIds.map(() => 0);
  const sentAt = pollIds.map(() => []);

  const vote = async (pollIndex, record) => {
    const k = voteCounts[pollIndex] + 1;
    voteCounts[pollIndex] = k;
    if (record) sentAt[pollIndex][k] = performance.now();
    const answer = await sendVote(agent, server.url, pollIds[pollIndex], `${tag}-${pollIndex}-${k}`, rungs[k % rungs.length]);
    if (answer !== 200) throw new Error(`A vote was answered ${answer} during the latency run.`);
  };

  // Polls that release after every vote, each with one vote already (warms the server up).
  for (const [index, id] of pollIds.entries()) {
    await createPoll(server.url, { id, resultsVisibility: 'always', minNewVotes: 1 });
    await vote(index, false);
  }
  await callJson(server.url, 'GET', `/v1/polls/${pollIds[0]}/results`);
  // Garbage collection first (it hands back memory PGlite used while starting), then RSS.
  const heapBefore = await server.memory();
  const memoryBefore = await settledResident(server.pid);

  // Open the subscribers, a few hundred at a time.
  const streams = [];
  const samples = [];
  let brokenStreams = 0;
  const { hostname, port } = new URL(server.url);
  const openOne = (index) =>
    new Promise((resolve, reject) => {
      const pollIndex = index % polls;
      const state = { pollIndex, seen: 0, buffer: '', request: undefined, ended: false };
      const req = get(
        { hostname, port, path: `/v1/events?topics=poll:${pollIds[pollIndex]}`, agent: false, headers: { accept: 'text/event-stream' } },
        (res) => {
          if (res.statusCode !== 200) {
            reject(new Error(`A subscriber was answered ${res.statusCode}.`));
            res.resume();
            return;
          }
          res.setEncoding('utf8');
          res.on('data', (chunk) => onChunk(state, chunk));
          res.on('close', () => {
            if (!state.ended) brokenStreams += 1;
            state.ended = true;
          });
          resolve();
        },
      );
      req.on('error', (error) => {
        if (!state.ended && streams.includes(state)) brokenStreams += 1;
        state.ended = true;
        reject(error);
      });
      state.request = req;
      streams.push(state);
    });
  const onChunk = (state, chunk) => {
    state.buffer += chunk;
    let end = state.buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = state.buffer.slice(0, end);
      state.buffer = state.buffer.slice(end + 2);
      end = state.buffer.indexOf('\n\n');
      if (!block.includes('event: results') && !block.includes('event:results')) continue;
      const match = CHANGE_COUNT.exec(block);
      if (!match) continue;
      const count = Number(match[1]);
      if (count <= state.seen) continue;
      const now = performance.now();
      const times = sentAt[state.pollIndex];
      for (let k = state.seen + 1; k <= count; k += 1) {
        const sent = times[k];
        if (sent !== undefined) samples.push(now - sent);
      }
      state.seen = count;
    }
  };

  const openStarted = performance.now();
  for (let first = 0; first < subscribers; first += 250) {
    const batch = [];
    for (let index = first; index < Math.min(subscribers, first + 250); index += 1) batch.push(openOne(index));
    await Promise.all(batch);
    if (deadline && Date.now() > deadline) throw new Error('Opening the subscribers took too long.');
  }
  const openSeconds = (performance.now() - openStarted) / 1000;
  await sleep(1000);
  const heapAfter = await server.memory();
  const memoryAfter = await settledResident(server.pid);

  // Steady votes on every poll, each poll one vote at a time.
  const intervalMs = 1000 / votesPerPollPerSecond;
  const serverCpuBefore = cpuSeconds(server.pid);
  const databaseCpuBefore = databasePid ? treeCpuSeconds(databasePid) : 0;
  const ownCpuBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const runStarted = performance.now();
  const endAt = runStarted + seconds * 1000;
  await Promise.all(
    pollIds.map(async (_, pollIndex) => {
      await sleep((intervalMs * pollIndex) / polls);
      let next = performance.now();
      while (next < endAt) {
        await vote(pollIndex, true);
        next += intervalMs;
        const wait = next - performance.now();
        if (wait > 0) await sleep(wait);
      }
    }),
  );
  // Let the last events arrive.
  const expected = () => streams.reduce((sum, state) => sum + (state.seen >= voteCounts[state.pollIndex] ? 0 : 1), 0);
  const settleUntil = performance.now() + 10_000;
  while (expected() > 0 && performance.now() < settleUntil) await sleep(100);
  const elapsed = (performance.now() - runStarted) / 1000;
  const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
  const databaseCpu = databasePid ? treeCpuSeconds(databasePid) - databaseCpuBefore : 0;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const machineAfter = machineCpu();

  const measuredVotes = sentAt.reduce((sum, times) => sum + times.filter((time) => time !== undefined).length, 0);
  const expectedSamples = streams.reduce((sum, state) => sum + sentAt[state.pollIndex].filter((time) => time !== undefined).length, 0);
  for (const state of streams) {
    state.ended = true;
    state.request.destroy();
  }
  agent.destroy();

  samples.sort((a, b) => a - b);
  const machineBusy = machineAfter.busy - machineBefore.busy;
  const loadCpu = (ownCpu.user + ownCpu.system) / 1e6;
  return {
    subscribers,
    polls,
    votes: measuredVotes,
    deliveries: samples.length,
    missedDeliveries: expectedSamples - samples.length,
    brokenStreams,
    latencyMs: {
      p50: round(percentile(samples, 0.5)),
      p95: round(percentile(samples, 0.95)),
      p99: round(percentile(samples, 0.99)),
      max: round(samples[samples.length - 1] ?? Number.NaN),
    },
    openSeconds: round(openSeconds),
    memory: {
      // Live JavaScript memory (heap + external buffers) after garbage collection, per subscriber.
      ...(heapBefore && heapAfter
        ? {
            perSubscriberKiB: round((heapAfter.heapUsed + heapAfter.external - heapBefore.heapUsed - heapBefore.external) / subscribers / 1024),
            heapBeforeMiB: round(heapBefore.heapUsed / 2 ** 20),
            heapAfterMiB: round(heapAfter.heapUsed / 2 ** 20),
          }
        : {}),
      // Resident memory of the whole process (includes PGlite's WebAssembly memory, which moves on its own).
      rssBeforeMiB: round(memoryBefore / 2 ** 20),
      rssAfterMiB: round(memoryAfter / 2 ** 20),
      rssPerSubscriberKiB: round((memoryAfter - memoryBefore) / subscribers / 1024),
    },
    cpu: {
      server: round(serverCpu / elapsed),
      loadGenerator: round(loadCpu / elapsed),
      ...(databasePid ? { database: round(databaseCpu / elapsed) } : {}),
      machineBusy: round(machineBusy / elapsed),
    },
  };
}

function sendVote(agent, base, pollId, participant, rung) {
  const body = JSON.stringify({ rung });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/v1/polls/${pollId}/votes/${participant}`,
      {
        method: 'PUT',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': participant },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The process's resident memory once it stops moving: readings 500 ms apart until two in a
 * row differ by less than 1 MiB (at most 15 s). PGlite hands memory back for a while after
 * it starts, which would otherwise swamp the subscribers' share.
 */
async function settledResident(pid) {
  let previous = residentBytes(pid);
  for (let waited = 0; waited < 15_000; waited += 500) {
    await sleep(500);
    const now = residentBytes(pid);
    if (Math.abs(now - previous) < 2 ** 20) return now;
    previous = now;
  }
  return previous;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(value) {
  return Math.round(value * 100) / 100;
}
