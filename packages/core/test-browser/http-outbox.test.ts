import { expect } from '@open-wc/testing';
import { afterEach, describe, it } from './mocha.js';
import { HttpStore } from '../src/http/http-store.js';
import { indexedDbOutboxStorage } from '../src/http/indexeddb-outbox-storage.js';
import type { StoredOutboxEntry } from '../src/http/options.js';
import { QueuedError, type PartnerKitError } from '../src/shared/errors.js';
import type { OutboxEvent } from '../src/store/types.js';
import { ENDPOINT, FakeServer } from '../test/http/fake-server.js';
import { rejectionOf } from '../test/support.js';

const AT = '2026-03-31T09:00:00.000Z';
let databaseCount = 0;
const databases: string[] = [];
const stores: HttpStore[] = [];

function newDatabaseName(): string {
  databaseCount += 1;
  const name = `partnerkit-outbox-test-${Date.now()}-${databaseCount}`;
  databases.push(name);
  return name;
}

function open(server: FakeServer, dbName: string, endpoint = ENDPOINT): HttpStore {
  const store = new HttpStore({ endpoint, fetch: server.fetch, outbox: indexedDbOutboxStorage(dbName), retry: { firstDelayMs: 60_000, maxDelayMs: 60_000 } });
  stores.push(store);
  return store;
}

/** Everything in the database, read straight from IndexedDB. */
async function rawEntries(dbName: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('entries', 'readonly').objectStore('entries').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

function pledge(text: string, name?: string) {
  return {
    id: 'pledge_local',
    wallId: 'ward-7',
    text,
    ...(name !== undefined && { name }),
    nameConsent: name !== undefined,
    followUpDays: 30 as const,
    followUpOn: '2026-04-30',
    status: 'made' as const,
    joinCount: 0,
    createdAt: AT,
    updatedAt: AT,
  };
}

describe('HttpStore outbox in IndexedDB', () => {
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const name of databases.splice(0)) {
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => resolve();
        request.onblocked = () => resolve();
      });
    }
  });

  it('keeps a queued vote across a reload, and the new page sends it once', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const dbName = newDatabaseName();
    const before = open(server, dbName);
    server.offline = true;
    const queued = await rejectionOf<QueuedError>(before.castVote({ pollId: 'town-hall', participantId: 'p_1', rungId: 'told', at: AT }));
    expect(queued).to.be.instanceOf(QueuedError);
    await before.close();
    expect((await rawEntries(dbName)).map((entry) => (entry as StoredOutboxEntry).key)).to.deep.equal([queued.key]);

    server.offline = false;
    const after = open(server, dbName);
    const events: OutboxEvent[] = [];
    after.outbox.subscribe((event) => events.push(event));
    await after.outbox.flush();
    expect(server.appliedByKey.get(queued.key)).to.equal(1);
    expect(events.map((event) => event.type)).to.deep.equal(['sent']);
    expect(await after.outbox.pending()).to.deep.equal([]);
    expect(await rawEntries(dbName)).to.deep.equal([]);
  });

  it('sends at once when the browser says it is back online', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const store = open(server, newDatabaseName());
    server.offline = true;
    await rejectionOf(store.castVote({ pollId: 'town-hall', participantId: 'p_1', rungId: 'told', at: AT }));
    server.offline = false;
    const sent = new Promise<OutboxEvent>((resolve) => store.outbox.subscribe(resolve));
    window.dispatchEvent(new Event('online'));
    expect((await sent).type).to.equal('sent');
    expect(server.votes.size).to.equal(1);
  });

  it('lists and sends only its own endpoint’s entries', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const dbName = newDatabaseName();
    const mine = open(server, dbName);
    server.offline = true;
    await rejectionOf(mine.castVote({ pollId: 'town-hall', participantId: 'p_1', rungId: 'told', at: AT }));
    const elsewhere = open(server, dbName, 'http://elsewhere.test/');
    expect(await elsewhere.outbox.pending()).to.deep.equal([]);
    expect(await mine.outbox.pending()).to.have.length(1);
  });

  it('removes entries, and ignores malformed ones', async () => {
    const dbName = newDatabaseName();
    const storage = indexedDbOutboxStorage(dbName);
    const entry: StoredOutboxEntry = {
      key: 'pk-1',
      endpoint: ENDPOINT,
      kind: 'join',
      target: 'pledge-1',
      participantId: 'p_1',
      method: 'POST',
      path: 'v1/pledges/pledge-1/join',
      body: '{"participant":"p_1"}',
      headers: {},
      queuedAt: AT,
      attempts: 0,
      notBefore: 0,
    };
    await storage.put(entry);
    await storage.put({ ...entry, key: 'pk-2', kind: 'nonsense' } as unknown as StoredOutboxEntry);
    expect((await storage.all()).map((kept) => kept.key)).to.deep.equal(['pk-1']);
    await storage.remove('pk-1');
    expect((await storage.all()).map((kept) => kept.key)).to.deep.equal([]);
  });

  it('holds no name: a named pledge is never written, an unnamed one waits', async () => {
    const server = new FakeServer();
    const dbName = newDatabaseName();
    const store = open(server, dbName);
    server.offline = true;
    const named = await rejectionOf<PartnerKitError>(store.createPledge(pledge('I will ask first.', 'Aïcha')));
    expect(named.code).to.equal('storage-unavailable');
    const unnamed = await rejectionOf<PartnerKitError>(store.createPledge(pledge('I will listen.')));
    expect(unnamed.code).to.equal('queued');
    const raw = JSON.stringify(await rawEntries(dbName));
    expect(raw).to.contain('I will listen.');
    expect(raw).not.to.contain('Aïcha');
    expect(raw).not.to.contain('"name"');
  });
});
