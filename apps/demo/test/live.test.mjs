// The live demo end to end: the real API server (PGlite) behind the demo server, and several
// Chromium browser contexts standing in for people on their own phones and laptops.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countedVotes,
  createPoll,
  markPage,
  openVotingPage,
  pollStatus,
  showsCounts,
  stillMarked,
  vote,
  voteThroughApi,
  waitUntil,
  waitForTally,
} from '../scripts/live-helpers.mjs';
import { browser, facilitatorCall, stack, useStackAndBrowser } from '../scripts/test-helpers.mjs';

useStackAndBrowser();

const contexts = [];

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

/** A new browser context: another person with their own device and participant id. */
async function person() {
  const context = await browser.newContext();
  contexts.push(context);
  return context;
}

test('two people vote and a third screen sees the tally change live once enough votes are in', async () => {
  const pollId = await createPoll(stack, { resultsVisibility: 'always' });
  await voteThroughApi(stack, pollId, 'p_in_the_room_1');
  const screen = await openVotingPage(await person(), stack, pollId);
  await markPage(screen);
  assert.equal(await showsCounts(screen), false, 'one vote is too few to show');

  const first = await openVotingPage(await person(), stack, pollId);
  await vote(first, 1);
  await pollStatus(first).filter({ hasText: /./ }).waitFor();
  await waitUntil(async () => (await countedVotes(stack, pollId)) === 2);
  assert.equal(await showsCounts(screen), false, 'two votes are still too few to show');

  const second = await openVotingPage(await person(), stack, pollId);
  await vote(second, 2);
  await waitForTally(screen, 3);
  assert.equal(await stillMarked(screen), true, 'the screen changed without a reload');
  assert.equal(await countedVotes(stack, pollId), 3);
});

test('hidden results appear on screens only after the facilitator reveals them', async () => {
  const pollId = await createPoll(stack, { resultsVisibility: 'hidden' });
  for (const participant of ['p_hidden_1', 'p_hidden_2', 'p_hidden_3']) await voteThroughApi(stack, pollId, participant);
  const page = await openVotingPage(await person(), stack, pollId);
  await markPage(page);
  await vote(page, 0);
  await assert.doesNotReject(pollStatus(page).filter({ hasText: /./ }).waitFor());
  assert.equal(await showsCounts(page), false, 'no counts before the reveal');

  const hiddenText = await page.locator('ladder-poll').innerText();
  assert.doesNotMatch(hiddenText, /\b4\b.*(votes|answers)/i);

  await facilitatorCall(stack, 'POST', `/v1/polls/${pollId}/reveal`);
  await waitForTally(page, 4);
  assert.equal(await stillMarked(page), true);
});

test('a vote made offline is saved, then sent exactly once when the browser is back online', async () => {
  const pollId = await createPoll(stack, { resultsVisibility: 'always' });
  for (const participant of ['p_off_1', 'p_off_2', 'p_off_3']) await voteThroughApi(stack, pollId, participant);
  const context = await person();
  const page = await openVotingPage(context, stack, pollId);

  await context.setOffline(true);
  await vote(page, 2);
  await pollStatus(page).filter({ hasText: /saved on this device/i }).waitFor();
  assert.equal(await countedVotes(stack, pollId), 3, 'nothing reached the server while offline');

  await context.setOffline(false);
  await pollStatus(page).filter({ hasText: /sent/i }).waitFor({ timeout: 30_000 });
  await waitForTally(page, 4);
  assert.equal(await countedVotes(stack, pollId), 4);
  // Going offline and back again must not send it a second time.
  await context.setOffline(true);
  await context.setOffline(false);
  await page.waitForTimeout(500);
  assert.equal(await countedVotes(stack, pollId), 4);
});

test('a vote saved while the server cannot be reached survives a reload and is sent once', async () => {
  const pollId = await createPoll(stack, { resultsVisibility: 'always' });
  for (const participant of ['p_reload_1', 'p_reload_2', 'p_reload_3']) await voteThroughApi(stack, pollId, participant);
  const context = await person();
  const page = await openVotingPage(context, stack, pollId);

  // The page itself still loads; only the server's address fails, as when its network is down.
  await context.route('**/v1/**', (route) => route.abort('internetdisconnected'));
  await vote(page, 1);
  await pollStatus(page).filter({ hasText: /saved on this device/i }).waitFor();
  await page.reload();
  await page.locator('ladder-poll').filter({ hasText: /wait|sent|saved/i }).waitFor({ timeout: 30_000 });
  assert.equal(await countedVotes(stack, pollId), 3);

  await context.unroute('**/v1/**');
  // The browser says it is back online: the outbox sends at once.
  await context.setOffline(true);
  await context.setOffline(false);
  await waitUntil(async () => (await countedVotes(stack, pollId)) === 4, 45_000);
  await page.reload();
  await waitForTally(page, 4);
  assert.equal(await countedVotes(stack, pollId), 4, 'sent once, not once per page load');
});

test('the pledge wall of a second browser shows a new pledge live', async () => {
  const maker = await (await person()).newPage();
  const watcher = await (await person()).newPage();
  for (const page of [maker, watcher]) {
    await page.goto(stack.url);
    await page.locator('pledge-wall').waitFor();
  }
  await markPage(watcher);
  const text = `Ask patients before changing visiting hours ${Date.now()}`;
  const card = maker.locator('pledge-card');
  await card.getByRole('textbox').first().fill(text);
  await card.locator('button[type="submit"]').click();
  await watcher.locator('pledge-wall').getByText(text).waitFor({ timeout: 30_000 });
  assert.equal(await stillMarked(watcher), true);
});

test('after the server is killed and restarted, the page reconnects and every acknowledged vote counts', async () => {
  const pollId = await createPoll(stack, { resultsVisibility: 'always' });
  for (const participant of ['p_crash_1', 'p_crash_2']) await voteThroughApi(stack, pollId, participant);
  const screen = await openVotingPage(await person(), stack, pollId);
  await markPage(screen);

  const acknowledged = await openVotingPage(await person(), stack, pollId);
  const late = await openVotingPage(await person(), stack, pollId);
  await vote(acknowledged, 0);
  await waitForTally(screen, 3);

  await stack.stopApi('SIGKILL');
  // A vote while the server is down waits on the device...
  await vote(late, 2);
  await pollStatus(late).filter({ hasText: /saved on this device/i }).waitFor();
  await stack.startApi();
  // ...and is sent by itself once the server is back.
  await pollStatus(late).filter({ hasText: /sent/i }).waitFor({ timeout: 60_000 });
  await waitForTally(screen, 4, 60_000);
  assert.equal(await stillMarked(screen), true, 'the screen reconnected by itself');
  assert.equal(await countedVotes(stack, pollId), 4, 'every acknowledged vote is counted after the crash');
});
