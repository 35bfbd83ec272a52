// <pledge-card> and <pledge-wall> over a server store that can go offline (a fake: a
// MemoryStore behind an outbox, see packages/ui/test-utils/offline-store.ts).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, PartnerKitError, t, type PartnerKitClient } from '@partnerkit/core';
import { resetDefaultConnections, type PkErrorDetail, type PkOutboxDetail } from '@partnerkit/ui';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';
import type { PkJoinDetail, PkPledgeDetail } from '../src/events.js';
import type { PledgeCard } from '../src/pledge-card.js';
import type { PledgeWall } from '../src/pledge-wall.js';
import '../src/define.js';
import { ariaSnapshot, collect, fill, part, shadow, steppingClock, textOf } from './helpers.js';

const QUEUED = 'Saved on this device. It will be sent when you are back online.';

afterEach(() => resetDefaultConnections());

/** A server store and a client on it for this person. */
function server(): { store: OfflineStore; client: PartnerKitClient } {
  const store = new OfflineStore();
  return { store, client: createClient({ store, now: steppingClock() }) };
}

/** A card and a wall for the same wall, sharing one client, once the wall has loaded. */
async function cardAndWall(client: PartnerKitClient, lang = 'en'): Promise<{ card: PledgeCard; wall: PledgeWall }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div id="host">
      <partnerkit-provider .client=${client} lang=${lang}><pledge-card heading-level="2"></pledge-card><pledge-wall></pledge-wall></partnerkit-provider>
    </div>`,
  );
  const card = wrapper.querySelector('pledge-card')!;
  const wall = wrapper.querySelector('pledge-wall')!;
  await waitUntil(() => wall.state !== 'loading', 'the wall did not load');
  await card.updateComplete;
  return { card, wall };
}

const statusOf = (element: Element) => part(element, '[role=status]').textContent ?? '';
const wallTexts = (wall: PledgeWall) => [...shadow(wall).querySelectorAll('.pledge-text')].map((node) => node.textContent);

/** Types a pledge (and a name, with consent) and submits it. */
async function typeAndSubmit(card: PledgeCard, text: string, name?: string): Promise<void> {
  fill(part<HTMLTextAreaElement>(card, 'textarea'), text);
  if (name !== undefined) {
    part<HTMLInputElement>(card, '#consent').click();
    await card.updateComplete;
    fill(part<HTMLInputElement>(card, '#name'), name);
  }
  await card.updateComplete;
  await card.submit();
  await card.updateComplete;
}

describe('<pledge-card> with a server', () => {
  it('offline: shows the card as saved on this device; online: sent, with the stored pledge and its owner token', async () => {
    const { store, client } = server();
    const { card, wall } = await cardAndWall(client);
    const queued = collect<PkOutboxDetail>(card, 'pk-queued');
    const sent = collect<PkOutboxDetail>(card, 'pk-sent');
    const pledged = collect<PkPledgeDetail>(card, 'pk-pledge');
    store.goOffline();

    await typeAndSubmit(card, 'Asking patients first, every time.');
    expect(card.state).to.equal('queued');
    expect(card.getAttribute('state')).to.equal('queued');
    expect(statusOf(card)).to.equal(QUEUED);
    expect(part(card, '.pledge-text').textContent).to.equal('Asking patients first, every time.');
    expect(queued.map((detail) => detail.kind)).to.deep.equal(['pledge']);
    expect(card.pledge).to.equal(undefined);
    expect(card.ownerToken).to.equal(undefined);
    expect(pledged).to.deep.equal([]);
    expect(await store.inner.listPledges('pledges')).to.deep.equal([]);
    await expect(card).to.be.accessible();
    const tree = await ariaSnapshot('pledge-card');
    expect(tree).to.contain('heading "My pledge" [level=2]');
    expect(tree).to.contain(`status: ${QUEUED}`);

    await store.goOnline();
    await waitUntil(() => card.state === 'made', 'the card never took the sent pledge');
    const [stored] = await store.inner.listPledges('pledges');
    expect(sent).to.deep.equal(queued);
    expect(pledged).to.have.length(1);
    expect(pledged[0]!.pledge).to.deep.equal(stored);
    expect(card.pledge).to.deep.equal(stored);
    expect(card.ownerToken).to.be.a('string').and.equal(pledged[0]!.ownerToken);
    // The token really lets the person change their pledge later.
    const changed = await client.pledges.update(stored!.id, card.ownerToken, { status: 'done' });
    expect(changed.status).to.equal('done');
    expect(statusOf(card)).to.equal('Your pledge was sent. Thank you.');
    await expect(card).to.be.accessible();
    expect(await ariaSnapshot('pledge-card')).to.contain('status: Your pledge was sent. Thank you.');
    // The wall shows it once: not while it waited, once when sent, and still once after a reload.
    await waitUntil(() => wallTexts(wall).length === 1, 'the wall never showed the sent pledge');
    await wall.reload();
    expect(wallTexts(wall)).to.deep.equal(['Asking patients first, every time.']);
  });

  it('a named pledge is never kept on the device: offline it shows the error and the form keeps every answer', async () => {
    const { store, client } = server();
    const { card } = await cardAndWall(client);
    const queued = collect<PkOutboxDetail>(card, 'pk-queued');
    const errors = collect<PkErrorDetail>(card, 'pk-error');
    store.goOffline();
    await typeAndSubmit(card, 'Paying partners for their time.', 'Amina Diallo');
    expect(card.state).to.equal('error');
    expect(errors.map((error) => error.code)).to.deep.equal(['storage-unavailable']);
    expect(statusOf(card)).to.equal(errors[0]!.message);
    expect(queued).to.deep.equal([]);
    expect(part<HTMLTextAreaElement>(card, 'textarea').value).to.equal('Paying partners for their time.');
    expect(part<HTMLInputElement>(card, '#consent').checked).to.equal(true);
    expect(part<HTMLInputElement>(card, '#name').value).to.equal('Amina Diallo');
    await expect(card).to.be.accessible();
    // Back online, trying again works with nothing typed again.
    await store.goOnline();
    await card.submit();
    await card.updateComplete;
    expect(card.state).to.equal('made');
    expect((await store.inner.listPledges('pledges'))[0]).to.include({ name: 'Amina Diallo', text: 'Paying partners for their time.' });
  });

  it('refused: the form comes back with the text, the error shows, pk-error fires and pk-sent does not', async () => {
    const { store, client } = server();
    const { card } = await cardAndWall(client);
    const sent = collect<PkOutboxDetail>(card, 'pk-sent');
    store.goOffline();
    await typeAndSubmit(card, 'Sharing the data monthly.');
    expect(card.state).to.equal('queued');
    const failed = oneEvent(card, 'pk-error');
    await store.goOnline({ refuse: new PartnerKitError('forbidden', '', t('This wall is closed to new pledges.', 'Ce mur ne prend plus d’engagements.')) });
    const error = ((await failed) as CustomEvent<PkErrorDetail>).detail;
    expect(error).to.deep.equal({ action: 'pledge', code: 'forbidden', message: 'This wall is closed to new pledges.' });
    await card.updateComplete;
    expect(card.state).to.equal('error');
    expect(statusOf(card)).to.equal('This wall is closed to new pledges.');
    expect(part<HTMLTextAreaElement>(card, 'textarea').value).to.equal('Sharing the data monthly.');
    expect(sent).to.deep.equal([]);
    await expect(card).to.be.accessible();
  });

  it('speaks French offline too', async () => {
    const { store, client } = server();
    const { card } = await cardAndWall(client, 'fr');
    store.goOffline();
    await typeAndSubmit(card, 'Demander d’abord aux patients.');
    expect(statusOf(card)).to.equal('Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.');
    await store.goOnline();
    await waitUntil(() => card.state === 'made');
    expect(statusOf(card)).to.equal('Votre engagement a été envoyé. Merci.');
  });
});

describe('<pledge-wall> with a server', () => {
  it('shows pledges from other people as they arrive', async () => {
    const { store, client } = server();
    const { wall } = await cardAndWall(client);
    expect(wall.state).to.equal('empty');
    // Someone else, on another device: the server tells every subscribed page.
    const someone = createClient({ store: store.inner, now: steppingClock(Date.UTC(2025, 5, 1)) });
    await someone.pledges.make({ wallId: 'pledges', text: 'Inviting partners to every huddle.' });
    await waitUntil(() => wall.state === 'list', 'the pledge never arrived');
    await someone.pledges.make({ wallId: 'pledges', text: 'Paying partners on time.' });
    await waitUntil(() => wallTexts(wall).length === 2);
    expect(wallTexts(wall)).to.deep.equal(['Paying partners on time.', 'Inviting partners to every huddle.']);
    expect(textOf(wall)).to.contain('2 pledges, newest first.');
  });

  it('a join made offline is saved on this device, then sent: counted once, pk-join and pk-sent fire', async () => {
    const { store, client } = server();
    const { pledge } = await client.pledges.make({ wallId: 'pledges', text: 'Asking patients first.' });
    const { wall } = await cardAndWall(client);
    const queued = collect<PkOutboxDetail>(wall, 'pk-queued');
    const sent = collect<PkOutboxDetail>(wall, 'pk-sent');
    const joins = collect<PkJoinDetail>(wall, 'pk-join');
    store.goOffline();
    part<HTMLButtonElement>(wall, '[part=join]').click();
    await waitUntil(() => queued.length === 1, 'the join was never saved on the device');
    await wall.updateComplete;
    expect(queued).to.deep.equal([{ key: queued[0]!.key, kind: 'join' }]);
    expect(statusOf(wall)).to.equal(QUEUED);
    expect(part(wall, '[part=join]').textContent!.trim()).to.equal('You joined');
    expect(joins).to.deep.equal([]);
    await expect(wall).to.be.accessible();
    await store.goOnline();
    await waitUntil(() => statusOf(wall) === 'Sent. You joined this pledge.');
    expect(sent).to.deep.equal(queued);
    expect(joins).to.deep.equal([{ pledgeId: pledge.id }]);
    expect((await store.inner.getPledge(pledge.id))?.joinCount).to.equal(1);
    expect(textOf(wall)).to.contain('1 person will do this too');
  });
});
