// <ladder-poll> over a server store that can go offline (a fake: a MemoryStore behind an
// outbox, see packages/ui/test-utils/offline-store.ts).
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type PartnerKitClient } from '@partnerkit/core';
import type { PkErrorDetail, PkOutboxDetail } from '@partnerkit/ui';
import { resetDefaultConnections } from '@partnerkit/ui';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';
import type { LadderPoll, PkResultsDetail, PkVoteDetail } from '../src/index.js';
import { ariaTree, mount, rungRadios, seedVotes, shadow, statusText, submitButton } from './helpers.js';

const QUEUED = 'Saved on this device. It will be sent when you are back online.';
const SENT = 'Your vote was sent.';

afterEach(() => resetDefaultConnections());

/** A server store with a poll where four others answered, and a client for this person. */
async function serverPoll(id: string): Promise<{ store: OfflineStore; client: PartnerKitClient }> {
  const store = new OfflineStore();
  const client = createClient({ store });
  await client.polls.create({ id, minGroupSize: 3, minNewVotes: 1 });
  await seedVotes(client, id, { 'share-decisions': 2, 'told-no-influence': 2 });
  return { store, client };
}

/** Every detail an event carries from now on. */
function collect<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** Picks a rung and sends it while offline, waiting until the answer is saved on the device. */
async function voteOffline(el: LadderPoll, index: number): Promise<PkOutboxDetail> {
  const queued = oneEvent(el, 'pk-queued');
  rungRadios(el)[index]!.click();
  submitButton(el).click();
  const detail = ((await queued) as CustomEvent<PkOutboxDetail>).detail;
  await el.updateComplete;
  return detail;
}

describe('<ladder-poll> with a server', () => {
  it('offline: says the answer is saved on this device and keeps it as the person’s choice; online: sent, counted, results shown', async () => {
    const { store, client } = await serverPoll('offline');
    const el = await mount(client, html`<ladder-poll poll="offline"></ladder-poll>`);
    expect(el.connection.kiosk).to.equal(false);
    const votes = collect<PkVoteDetail>(el, 'pk-vote');
    const sent = collect<PkOutboxDetail>(el, 'pk-sent');
    const errors = collect<PkErrorDetail>(el, 'pk-error');
    store.goOffline();

    const queued = await voteOffline(el, 4);
    expect(queued.kind).to.equal('vote');
    expect(statusText(el)).to.equal(QUEUED);
    expect(rungRadios(el)[4]!.checked).to.equal(true);
    expect(submitButton(el).textContent!.trim()).to.equal('Change my answer');
    expect(shadow(el).textContent).to.contain('You chose “Share decisions”.');
    expect(votes).to.deep.equal([]);
    expect(await store.inner.getOwnVote('offline', client.participantId)).to.equal(undefined);
    await expect(el).to.be.accessible();
    const tree = await ariaTree(el);
    expect(tree).to.contain(`status: ${QUEUED}`);
    expect(tree).to.contain('radio "Share decisions" [checked]');

    const results = oneEvent(el, 'pk-results');
    await store.goOnline();
    await waitUntil(() => statusText(el) === SENT, 'the sent message never showed');
    expect(sent).to.deep.equal([queued]);
    expect(votes).to.deep.equal([{ poll: 'offline', ladder: 'participation', rung: 'share-decisions' }]);
    expect((await store.inner.getOwnVote('offline', client.participantId))?.rungId).to.equal('share-decisions');
    // The results the server answered with are shown as the latest: five answers now.
    const shown = ((await results) as CustomEvent<PkResultsDetail>).detail.results;
    expect(shown).to.deep.equal(await store.inner.getResults('offline'));
    expect(shown.result.total).to.equal(5);
    expect(el.state).to.equal('results');
    expect(rungRadios(el)[4]!.checked).to.equal(true);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain(`status: ${SENT}`);
  });

  it('refused: a vote sent after the poll closed shows the error and fires pk-error, not pk-sent', async () => {
    const { store, client } = await serverPoll('refused');
    const el = await mount(client, html`<ladder-poll poll="refused"></ladder-poll>`);
    const sent = collect<PkOutboxDetail>(el, 'pk-sent');
    const votes = collect<PkVoteDetail>(el, 'pk-vote');
    store.goOffline();
    await voteOffline(el, 2);
    // The facilitator closes the poll meanwhile, on the server.
    await store.inner.updatePoll('refused', 'close');
    const failed = oneEvent(el, 'pk-error');
    await store.goOnline();
    const error = ((await failed) as CustomEvent<PkErrorDetail>).detail;
    expect(error).to.include({ action: 'vote', code: 'closed' });
    await waitUntil(() => el.state === 'closed');
    expect(statusText(el)).to.equal(`That did not work: ${error.message}`);
    expect(shadow(el).querySelector('[role="status"]')!.classList.contains('error')).to.equal(true);
    expect(sent).to.deep.equal([]);
    expect(votes).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('on load, says this person’s answer saved before a reload still waits; then shows it once sent', async () => {
    const { store, client } = await serverPoll('waiting');
    store.goOffline();
    // Someone else's answer waiting on the same device is not this person's.
    await client.withParticipant().polls.vote('waiting', { rung: 'told-no-influence' }).catch(() => undefined);
    const other = await mount(client.withParticipant(), html`<ladder-poll poll="waiting"></ladder-poll>`);
    expect(statusText(other)).to.equal('');
    // This person's own answer, saved before the page was opened again.
    await client.polls.vote('waiting', { rung: 'asked-limited-influence' }).catch(() => undefined);
    const el = await mount(client, html`<ladder-poll poll="waiting"></ladder-poll>`);
    expect(statusText(el)).to.equal('Your answer is saved on this device. It will be sent when you are back online.');
    expect(el.state).to.equal('results');
    await expect(el).to.be.accessible();
    const sent = collect<PkOutboxDetail>(el, 'pk-sent');
    await store.goOnline();
    await waitUntil(() => statusText(el) === SENT, 'the sent message never showed');
    expect(sent.map((detail) => detail.kind)).to.deep.equal(['vote']);
    await waitUntil(() => rungRadios(el)[2]!.checked, 'the answer sent never showed as chosen');
  });

  it('opened again while the server is out of reach: says the saved answer waits, then loads once it is sent', async () => {
    const { store, client } = await serverPoll('unreachable');
    store.goOffline();
    await client.polls.vote('unreachable', { rung: 'asked-limited-influence' }).catch(() => undefined);
    store.readsFailOffline = true;
    const el = await mount(client, html`<ladder-poll poll="unreachable"></ladder-poll>`);
    await waitUntil(() => el.state === 'error', 'the poll should fail to load while offline');
    await waitUntil(() => statusText(el).startsWith('Your answer is saved on this device'), 'the waiting answer was not mentioned');
    await expect(el).to.be.accessible();
    await store.goOnline();
    await waitUntil(() => el.state === 'results' && statusText(el) === SENT, 'the poll never loaded after the answer was sent');
    await waitUntil(() => rungRadios(el)[2]!.checked, 'the answer sent never showed as chosen');
  });

  it('on a kiosk over a server, an answer saved offline clears the form for the next person', async () => {
    const { store, client } = await serverPoll('kiosk-server');
    const el = await mount(client, html`<ladder-poll poll="kiosk-server"></ladder-poll>`, { kiosk: true });
    store.goOffline();
    await voteOffline(el, 1);
    expect(statusText(el)).to.equal(QUEUED);
    expect(rungRadios(el).some((radio) => radio.checked)).to.equal(false);
    await store.goOnline();
    await waitUntil(() => statusText(el) === SENT);
    expect((await store.inner.getResults('kiosk-server')).changeCount).to.equal(5);
  });

  it('speaks French offline too', async () => {
    const { store, client } = await serverPoll('fr');
    const el = await mount(client, html`<ladder-poll poll="fr" lang="fr"></ladder-poll>`);
    store.goOffline();
    await voteOffline(el, 0);
    expect(statusText(el)).to.equal('Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.');
    await store.goOnline();
    await waitUntil(() => statusText(el) === 'Votre vote a été envoyé.');
  });

  it('a poll not set up yet on the server shows as not open, then opens live', async () => {
    const store = new OfflineStore();
    const client = createClient({ store });
    const el = await mount(client, html`<ladder-poll poll="later" lang="fr"></ladder-poll>`);
    expect(el.state).to.equal('upcoming');
    expect(shadow(el).textContent).to.contain('Ce sondage n’est pas encore ouvert.');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('paragraph: Ce sondage n’est pas encore ouvert.');
    await client.polls.create({ id: 'later' });
    await waitUntil(() => el.state === 'open');
  });
});
