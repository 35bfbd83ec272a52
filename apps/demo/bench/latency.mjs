#!/usr/bin/env node
// Live latency benchmark: the time from a vote in one browser to the change on another
// screen, through the whole stack (Chromium page → demo server proxy → API server on PGlite →
// server-sent events → Chromium page). A few people take turns changing their vote (slowly
// enough each for the server's per-person rate limit); another browser context watches. Prints p50/p95, writes bench-results/latency.json and
// the README table between the `live-bench` markers. Nothing here fails on a slow figure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createPoll, openVotingPage, voteThroughApi, waitForTally } from '../scripts/live-helpers.mjs';
import { startTestStack } from '../scripts/test-helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const VOTES = Number(process.env.LATENCY_VOTES ?? 60);
const WARM_UP = 5;
/**
 * The server sends a poll's results at most every 250 ms; votes this far apart each get their
 * own update, so the figure is the path's own time, not the pacing.
 */
const PAUSE_MS = 300;
/** People taking turns: each votes at most every VOTERS-th vote, under 10 votes in 10 s each. */
const VOTERS = 6;
const README = join(here, '..', '..', '..', 'README.md');

/** Starts recording, in the watching page, when the poll's counts change and to what. */
function recordChanges() {
  const root = globalThis.document.querySelector('ladder-poll').shadowRoot;
  const changes = [];
  let last = '';
  const read = () =>
    [...root.querySelectorAll('[part="table"] tbody tr')].map((row) => row.querySelector('td')?.textContent?.trim() ?? '').join(',');
  new globalThis.MutationObserver(() => {
    const now = Date.now();
    const counts = read();
    if (counts !== last) {
      last = counts;
      changes.push({ at: now, counts });
    }
  }).observe(root, { subtree: true, childList: true, characterData: true });
  globalThis.countChanges = changes;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const stack = await startTestStack();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const pollId = await createPoll(stack, { resultsVisibility: 'always' });
    for (const participant of ['p_bench_1', 'p_bench_2', 'p_bench_3']) await voteThroughApi(stack, pollId, participant);
    const watcher = await openVotingPage(await browser.newContext(), stack, pollId);
    const voters = [];
    for (let index = 0; index < VOTERS; index += 1) voters.push(await openVotingPage(await browser.newContext(), stack, pollId));
    await waitForTally(watcher, 3);
    await watcher.evaluate(recordChanges);

    const latencies = [];
    for (let index = 0; index < VOTES + WARM_UP; index += 1) {
      const voter = voters[index % VOTERS];
      // Each person moves between the first two rungs, so every vote changes the counts.
      const rung = Math.floor(index / VOTERS) % 2;
      await voter.locator('ladder-poll').getByRole('radio').nth(rung).check();
      const seenBefore = await watcher.evaluate(() => globalThis.countChanges.length);
      const votedAt = await voter.evaluate(() => {
        const at = Date.now();
        globalThis.document.querySelector('ladder-poll').shadowRoot.querySelector('button[type="submit"]').click();
        return at;
      });
      await watcher.waitForFunction((count) => globalThis.countChanges.length > count, seenBefore, { timeout: 15_000, polling: 'raf' });
      const shownAt = await watcher.evaluate((count) => globalThis.countChanges[count].at, seenBefore);
      if (index >= WARM_UP) latencies.push(shownAt - votedAt);
      // Let the voter's own page settle, and the server's pacing window pass, before the next vote.
      await voter.locator('ladder-poll').locator('[part="table"]').waitFor({ state: 'attached' });
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    latencies.sort((a, b) => a - b);
    const figures = {
      date: new Date().toISOString().slice(0, 10),
      votes: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: latencies.at(-1),
      busyCoresAtStart: Number(loadavg()[0].toFixed(1)),
      cores: availableParallelism(),
    };
    report(figures);
  } finally {
    await browser.close();
    await stack.close();
  }
}

function report(figures) {
  const table = [
    '| measure | value |',
    '| --- | --- |',
    `| votes measured | ${figures.votes} |`,
    `| vote to screen, p50 | ${figures.p50Ms} ms |`,
    `| vote to screen, p95 | ${figures.p95Ms} ms |`,
    `| slowest | ${figures.maxMs} ms |`,
  ].join('\n');
  const pacing = `Votes ${PAUSE_MS} ms apart, taken in turn by ${VOTERS} people. The server sends each poll's results at most every 250 ms, so in a busy room a vote waits up to that long more.`;
  console.log(`\nVote in one browser → change on another screen (${figures.date}, load ${figures.busyCoresAtStart} on ${figures.cores} cores)\n${table}\n`);
  mkdirSync(join(here, '..', 'bench-results'), { recursive: true });
  writeFileSync(join(here, '..', 'bench-results', 'latency.json'), `${JSON.stringify(figures, null, 2)}\n`);
  const readme = readFileSync(README, 'utf8');
  const start = '<!-- live-bench:start -->';
  const end = '<!-- live-bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    const note = `Measured ${figures.date} by \`npm run bench\` (apps/demo/bench/latency.mjs), load average ${figures.busyCoresAtStart} on ${figures.cores} cores at the start.`;
    const next = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n\n${pacing} ${note}\n${readme.slice(readme.indexOf(end))}`;
    writeFileSync(README, next);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
