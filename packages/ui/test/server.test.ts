// A server endpoint on the provider and on elements, and the outbox controller that follows
// changes saved on the device while the server cannot be reached.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore, createClient, PartnerKitError, t, type PartnerKitClient } from '@partnerkit/core';
import {
  OutboxController,
  PartnerKitElement,
  defineElement,
  queuedKey,
  resetDefaultConnections,
  serverConnection,
  type OutboxOutcome,
  type PartnerKitProvider,
  type PartnerKitConnection,
  type PkOutboxDetail,
} from '../src/index.js';
import '../src/define.js';
import { OfflineStore } from '../test-utils/offline-store.js';

/** An element that only keeps its connection. */
class ServerProbe extends PartnerKitElement {
  connections: PartnerKitConnection[] = [];
  override connectionChanged(connection: PartnerKitConnection): void {
    this.connections.push(connection);
  }
  protected override render(): unknown {
    return html`<div class="root"></div>`;
  }
}
defineElement('pk-server-probe', ServerProbe);

/** An element that joins pledges and follows the joins saved on the device. */
class OutboxProbe extends PartnerKitElement {
  outcomes: OutboxOutcome[] = [];
  readonly outbox = new OutboxController(this, (outcome) => this.outcomes.push(outcome));
  override connectionChanged(connection: PartnerKitConnection): void {
    this.outbox.follow(connection);
  }
  /** Joins a pledge; resolves to the outbox detail when the join waits on the device. */
  async join(pledgeId: string): Promise<PkOutboxDetail | undefined> {
    try {
      await this.client!.pledges.join(pledgeId);
      return undefined;
    } catch (error) {
      return this.outbox.queued(error, 'join');
    }
  }
  protected override render(): unknown {
    return html`<div class="root"></div>`;
  }
}
defineElement('pk-outbox-probe', OutboxProbe);

afterEach(() => resetDefaultConnections());

describe('endpoint', () => {
  it('gives a provider with an endpoint a server client: an HTTP store, not a kiosk', async () => {
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider endpoint="/partnerkit/" storage="memory"><pk-server-probe></pk-server-probe></partnerkit-provider>`,
    );
    const probe = provider.querySelector<ServerProbe>('pk-server-probe')!;
    expect(probe.client!.store.kind).to.equal('http');
    expect(probe.client!.store.outbox).to.not.equal(undefined);
    expect(probe.connection.kiosk).to.equal(false);
    expect(probe.connection.storage).to.equal('server');
    expect(probe.client!.participantId).to.match(/^p_/);
  });

  it('lets a provider’s own client win over its endpoint', async () => {
    const client = createClient({ store: new MemoryStore() });
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider endpoint="/partnerkit/" .client=${client}><pk-server-probe></pk-server-probe></partnerkit-provider>`,
    );
    expect(provider.querySelector<ServerProbe>('pk-server-probe')!.client).to.equal(client);
  });

  it('gives elements outside a provider the page’s one connection per endpoint, shared by providers too', async () => {
    const wrapper = await fixture<HTMLElement>(testHtml`<div>
      <pk-server-probe id="a" endpoint="/partnerkit/"></pk-server-probe>
      <pk-server-probe id="b" endpoint="${new URL('/partnerkit', location.href).href}" storage="memory"></pk-server-probe>
      <pk-server-probe id="c" endpoint="/other/"></pk-server-probe>
      <partnerkit-provider endpoint="/partnerkit/"><pk-server-probe id="d"></pk-server-probe></partnerkit-provider>
    </div>`);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => wrapper.querySelector<ServerProbe>(`#${id}`)!);
    expect(a!.client!.store.kind).to.equal('http');
    expect(a!.connection.kiosk).to.equal(false);
    expect(b!.client!.store).to.equal(a!.client!.store);
    expect(d!.client!.store).to.equal(a!.client!.store);
    expect(c!.client!.store).to.not.equal(a!.client!.store);
    expect(a!.connection).to.equal(serverConnection('/partnerkit/'));
  });

  it('switches to the server when an endpoint is set, and back to storage when it is removed', async () => {
    const probe = await fixture<ServerProbe>(testHtml`<pk-server-probe storage="memory"></pk-server-probe>`);
    expect(probe.connection.storage).to.equal('memory');
    probe.endpoint = '/partnerkit/';
    await probe.updateComplete;
    expect(probe.connection.storage).to.equal('server');
    probe.endpoint = ' ';
    await probe.updateComplete;
    expect(probe.connections.map((connection) => connection.storage)).to.deep.equal(['memory', 'server', 'memory']);
  });
});

describe('OutboxController', () => {
  async function setup(): Promise<{ store: OfflineStore; client: PartnerKitClient; probe: OutboxProbe; pledgeId: string }> {
    const store = new OfflineStore();
    const client = createClient({ store });
    const { pledge } = await client.pledges.make({ wallId: 'ward', text: 'Ask first.', followUpDays: 30 });
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider .client=${client}><pk-outbox-probe></pk-outbox-probe></partnerkit-provider>`,
    );
    return { store, client, probe: provider.querySelector<OutboxProbe>('pk-outbox-probe')!, pledgeId: pledge.id };
  }

  it('fires pk-queued for a change saved on the device, then tells the element and fires pk-sent once it is sent', async () => {
    const { store, probe, pledgeId } = await setup();
    const queued: PkOutboxDetail[] = [];
    const sent: PkOutboxDetail[] = [];
    probe.addEventListener('pk-queued', (event) => queued.push(event.detail));
    probe.addEventListener('pk-sent', (event) => sent.push(event.detail));
    store.goOffline();
    const detail = await probe.join(pledgeId);
    expect(detail?.kind).to.equal('join');
    expect(queued).to.deep.equal([detail]);
    expect(probe.outbox.waiting).to.equal(true);
    expect(sent).to.deep.equal([]);
    await store.goOnline();
    expect(sent).to.deep.equal([detail]);
    expect(probe.outcomes.map((outcome) => outcome.type)).to.deep.equal(['sent']);
    const result = (probe.outcomes[0] as Extract<OutboxOutcome, { type: 'sent' }>).result as { joinCount: number };
    expect(result.joinCount).to.equal(1);
    expect(probe.outbox.waiting).to.equal(false);
  });

  it('tells the element about a refused change, without pk-sent', async () => {
    const { store, probe, pledgeId } = await setup();
    const sent: PkOutboxDetail[] = [];
    probe.addEventListener('pk-sent', (event) => sent.push(event.detail));
    store.goOffline();
    await probe.join(pledgeId);
    const refusal = new PartnerKitError('closed', '', t('Closed.', 'Fermé.'));
    await store.goOnline({ refuse: refusal });
    expect(probe.outcomes).to.have.length(1);
    expect(probe.outcomes[0]!.type).to.equal('refused');
    expect((probe.outcomes[0] as Extract<OutboxOutcome, { type: 'refused' }>).error).to.equal(refusal);
    expect(sent).to.deep.equal([]);
  });

  it('hears only its own changes, and those it picks from the outbox', async () => {
    const { store, client, probe, pledgeId } = await setup();
    const { pledge: other } = await client.pledges.make({ wallId: 'ward', text: 'Pay partners.', followUpDays: 60 });
    store.goOffline();
    // Two joins made elsewhere on the page (say, before a reload): the element follows one.
    await client.withParticipant().pledges.join(pledgeId).catch(() => undefined);
    await client.withParticipant().pledges.join(other.id).catch(() => undefined);
    const picked = await probe.outbox.pending((entry) => entry.kind === 'join' && entry.target === pledgeId);
    expect(picked.map((entry) => entry.target)).to.deep.equal([pledgeId]);
    expect(await probe.outbox.pending((entry) => entry.kind === 'vote')).to.deep.equal([]);
    await store.goOnline();
    expect(probe.outcomes.map((outcome) => outcome.entry.key)).to.deep.equal([picked[0]!.key]);
  });

  it('reads the key of a queued error only', async () => {
    const store = new OfflineStore();
    store.goOffline();
    const error = await store.joinPledge('missing', 'p_someone').catch((caught: unknown) => caught);
    expect(queuedKey(error)).to.match(/^key-/);
    expect(queuedKey(new PartnerKitError('closed', '', t('Closed.', 'Fermé.')))).to.equal(undefined);
    expect(queuedKey(new Error('queued'))).to.equal(undefined);
  });

  it('stops listening while off the page and starts again when back', async () => {
    const { store, probe, pledgeId } = await setup();
    store.goOffline();
    await probe.join(pledgeId);
    const parent = probe.parentElement!;
    probe.remove();
    parent.append(probe);
    await probe.updateComplete;
    await store.goOnline();
    expect(probe.outcomes.map((outcome) => outcome.type)).to.deep.equal(['sent']);
  });
});
