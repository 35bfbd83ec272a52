// Helpers for the live end-to-end tests and the latency benchmark: polls and votes through
// the API, and what a person does and sees on the voting page.
import { callApi } from './test-helpers.mjs';

let pollNumber = 0;

/** Creates a poll on the `participation` ladder with a fresh id; the smallest group shown is 3. */
export async function createPoll(stack, settings = {}) {
  pollNumber += 1;
  const id = `live-${process.pid}-${pollNumber}`;
  await callApi(stack, 'POST', '/v1/polls', { asFacilitator: true, body: { id, ladderId: 'participation', minGroupSize: 3, minNewVotes: 1, ...settings } });
  return id;
}

/** Rung ids of the `participation` ladder used by the tests, lowest first. */
export const RUNGS = ['passive-consumers', 'told-no-influence', 'asked-limited-influence'];

/** Votes through the API as `participantId` (someone in the room on another device). */
export function voteThroughApi(stack, pollId, participantId, rungId = RUNGS[0]) {
  return callApi(stack, 'PUT', `/v1/polls/${pollId}/votes/${participantId}`, { body: { rung: rungId } });
}

/** The total votes the server counts for a poll, as the facilitator sees it. */
export async function countedVotes(stack, pollId) {
  const released = await callApi(stack, 'GET', `/v1/polls/${pollId}/results`, { asFacilitator: true });
  return released.result.total;
}

/** Opens the voting page of a poll and waits until its choices show. */
export async function openVotingPage(context, stack, pollId) {
  const page = await context.newPage();
  await page.goto(new URL(`/vote.html?code=${encodeURIComponent(pollId)}`, stack.url).href);
  await page.locator('ladder-poll').getByRole('radio').first().waitFor();
  return page;
}

/** Chooses the rung at `index` and sends the vote. */
export async function vote(page, index) {
  const poll = page.locator('ladder-poll');
  await poll.getByRole('radio').nth(index).check();
  await poll.locator('button[type="submit"]').click();
}

/** The status line of the poll (what a screen reader hears after an action). */
export function pollStatus(page) {
  return page.locator('ladder-poll').locator('[part="status"]');
}

/** Waits until the poll's results table on `page` counts `total` votes in all, without a reload. */
export async function waitForTally(page, total, timeout = 30_000) {
  await page.waitForFunction(
    (expected) => {
      const root = globalThis.document.querySelector('ladder-poll')?.shadowRoot;
      const cells = root?.querySelectorAll('[part="table"] tbody td.number:nth-of-type(1)') ?? [];
      let sum = 0;
      for (const cell of cells) sum += Number(cell.textContent?.trim());
      return cells.length > 0 && sum === expected;
    },
    total,
    { timeout, polling: 100 },
  );
}

/** True when the poll on `page` shows a table of counts now. */
export function showsCounts(page) {
  return page.evaluate(() => (globalThis.document.querySelector('ladder-poll')?.shadowRoot?.querySelectorAll('[part="table"] tbody td.number').length ?? 0) > 0);
}

/** Marks the page so a test can tell later that it was not reloaded. */
export async function markPage(page) {
  await page.evaluate(() => {
    globalThis.notReloaded = true;
  });
}

/** True when the page still carries the mark (it was updated live, not reloaded). */
export function stillMarked(page) {
  return page.evaluate(() => globalThis.notReloaded === true);
}

/** Resolves once `check()` is true, asking again every 200 ms; rejects after `timeout` ms. */
export async function waitUntil(check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Still not true after ${timeout} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
