// The HTTP store's outbox: changes saved before the first try, queued when the server cannot
// be reached, retried with backoff (and Retry-After), sent exactly once, across reloads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryOutboxStorage } from '../../src/http/memory-outbox-storage.js';
import type { OutboxStorage, StoredOutboxEntry } from '../../src/http/options.js';
import { newOutboxKey } from '../../src/http/outbox.js';
import { QueuedError, StorageError, type PartnerKitError } from '../../src/shared/errors.js';
import { createClient } from '../../src/client/client.js';
import { rejectionOf } from '../support.js';
import { errorBody, FakeServer } from './fake-server.js';
import { outboxEvents, pledgeFor, settle, storeFor, watchedStorage } from './support.js';

const AT = '2026-03-31T09:00:00.000Z';
const vote = (participantId: string, rungId = 'told') => ({ pollId: 'town-hall', participantId, rungId, at: AT });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(AT) });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function serverWithPoll(): FakeServer {
  const server = new FakeServer();
  server.addPoll('town-hall');
  return server;
}

async function entriesOf(storage: OutboxStorage): Promise<readonly StoredOutboxEntry[]> {
  return storage.all();
}

describe('HttpStore outbox: sending at once', () => {
  it('saves the change with its key before the first try, then removes it once sent, telling nothing', async () => {
    const server = serverWithPoll();
    const storage = watchedStorage();
    const store = storeFor(server, { outbox: storage });
    const events = outboxEvents(store);
    const results = await store.castVote(vote('p_1'));
    expect(results.result.total).toBe(1);
    expect(storage.saved).toHaveLength(1);
    const key = storage.saved[0]!.key;
    expect(server.requests[0]?.headers.get('Idempotency-Key')).toBe(key);
    expect(server.requestsByKey.get(key)).toBe(1);
    expect(await store.outbox.pending()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('drops a change the server refuses at once (4xx) and rejects with the server’s error', async () => {
    const server = serverWithPoll();
    server.polls.set('town-hall', { ...server.polls.get('town-hall')!, status: 'closed' });
    const store = storeFor(server);
    const events = outboxEvents(store);
    const error = await rejectionOf<PartnerKitError>(store.castVote(vote('p_1')));
    expect(error.code).toBe('closed');
    expect(error.messages).toEqual({ en: 'This poll is closed.', fr: 'Ce sondage est fermé.' });
    expect(await store.outbox.pending()).toEqual([]);
    expect(events).toEqual([]);
  });
});

describe('HttpStore outbox: offline', () => {
  it('queues a change it cannot send: QueuedError, a queued event, then sent exactly once when back online', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    const events = outboxEvents(store);
    server.offline = true;
    const error = await rejectionOf(store.castVote(vote('p_1')));
    expect(error).toBeInstanceOf(QueuedError);
    const key = (error as QueuedError).key;
    expect((error as QueuedError).code).toBe('queued');
    expect((error as QueuedError).messages.fr).toMatch(/Enregistré sur cet appareil/);
    expect(events).toEqual([{ type: 'queued', entry: expect.objectContaining({ key, kind: 'vote', target: 'town-hall', participantId: 'p_1', attempts: 1 }) }]);
    expect((await store.outbox.pending()).map((entry) => entry.key)).toEqual([key]);

    server.offline = false;
    await store.outbox.flush();
    await store.outbox.flush();
    expect(server.appliedByKey.get(key)).toBe(1);
    expect(server.requestsByKey.get(key)).toBe(1);
    expect(events.map((event) => event.type)).toEqual(['queued', 'sent']);
    const sent = events[1]!;
    expect(sent.type === 'sent' && (sent.result as { result: { total: number } }).result.total).toBe(1);
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('reuses the key when the answer was lost: the server replays and applies the change once', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    const events = outboxEvents(store);
    server.failNext({ match: (r) => r.method === 'PUT', status: 200, afterApplying: true, loseAnswer: true });
    const error = await rejectionOf<QueuedError>(store.castVote(vote('p_1')));
    expect(error).toBeInstanceOf(QueuedError);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.requestsByKey.get(error.key)).toBe(2);
    expect(server.appliedByKey.get(error.key)).toBe(1);
    expect(server.votes.size).toBe(1);
    expect(events.filter((event) => event.type === 'sent')).toHaveLength(1);
  });

  it('retries on its own after 503, with growing waits, and honours Retry-After as the least wait', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const server = serverWithPoll();
    const storage = memoryOutboxStorage();
    const store = storeFor(server, { outbox: storage, retry: { firstDelayMs: 1000, maxDelayMs: 8000 } });
    server.offline = true;
    await rejectionOf(store.castVote(vote('p_1')));
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const [entry] = await entriesOf(storage);
      waits.push(entry!.notBefore - Date.now());
      await vi.advanceTimersByTimeAsync(entry!.notBefore - Date.now());
    }
    // Half of 1, 2, 4, 8 and then 8 (the longest) seconds.
    expect(waits).toEqual([500, 1000, 2000, 4000, 4000]);
    expect((await entriesOf(storage))[0]?.attempts).toBe(6);

    server.offline = false;
    server.failNext({ match: (r) => r.method === 'PUT', status: 429, body: errorBody('rate-limited', '', 'Slow down.', 'Ralentissez.'), headers: { 'Retry-After': '20' } });
    await store.outbox.flush();
    const [limited] = await entriesOf(storage);
    expect(limited!.notBefore - Date.now()).toBe(20_000);
    await vi.advanceTimersByTimeAsync(19_000);
    expect(server.votes.size).toBe(0);

    server.failNext({ match: (r) => r.method === 'PUT', status: 503, headers: { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() } });
    await vi.advanceTimersByTimeAsync(1000);
    const [unavailable] = await entriesOf(storage);
    // An HTTP date counts whole seconds: about a minute, far above the longest backoff.
    expect(unavailable!.notBefore - Date.now()).toBeGreaterThan(55_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.votes.size).toBe(1);
    expect(await entriesOf(storage)).toEqual([]);
  });

  it('sends waiting changes in order, one at a time, so the latest vote wins', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    server.offline = true;
    await rejectionOf(store.castVote(vote('p_1', 'told')));
    await rejectionOf(store.castVote(vote('p_1', 'asked')));
    await rejectionOf(store.joinPledge('pledge-1', 'p_1'));
    expect((await store.outbox.pending()).map((entry) => entry.kind)).toEqual(['vote', 'vote', 'join']);
    server.offline = false;
    server.addPoll('other');
    await store.outbox.flush();
    const writes = server.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => request.body)).toEqual(['{"rung":"told"}', '{"rung":"asked"}', '{"participant":"p_1"}']);
    expect(server.votes.get('town-hall/p_1')?.rungId).toBe('asked');
  });

  it('a new change waits behind older ones: it is queued while they cannot be sent', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    server.offline = true;
    await rejectionOf(store.castVote(vote('p_1', 'told')));
    server.offline = false;
    server.failNext({ match: (r) => r.method === 'PUT', status: 503 });
    const second = await rejectionOf(store.castVote(vote('p_1', 'asked')));
    expect(second).toBeInstanceOf(QueuedError);
    expect(server.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
    await store.outbox.flush();
    expect(server.votes.get('town-hall/p_1')?.rungId).toBe('asked');
  });

  it('tells `refused` and drops a waiting change the server then refuses', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    const events = outboxEvents(store);
    server.offline = true;
    const queued = await rejectionOf<QueuedError>(store.castVote(vote('p_1')));
    server.offline = false;
    server.polls.set('town-hall', { ...server.polls.get('town-hall')!, status: 'closed' });
    await store.outbox.flush();
    const refused = events.find((event) => event.type === 'refused');
    expect(refused?.entry.key).toBe(queued.key);
    expect(refused?.type === 'refused' && refused.error.code).toBe('closed');
    expect(refused?.type === 'refused' && refused.error.messages.fr).toBe('Ce sondage est fermé.');
    expect(await store.outbox.pending()).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requestsByKey.get(queued.key)).toBe(1);
  });

  it('a new store over the same storage sends what an earlier page left (a reload)', async () => {
    const server = serverWithPoll();
    const storage = memoryOutboxStorage();
    const before = storeFor(server, { outbox: storage });
    server.offline = true;
    const queued = await rejectionOf<QueuedError>(before.castVote(vote('p_1')));
    await rejectionOf(before.createPledge(pledgeFor('ward-7', 'I will ask first.')));
    await before.close();
    server.offline = false;

    const after = storeFor(server, { outbox: storage });
    const events = outboxEvents(after);
    await after.outbox.flush();
    expect(server.appliedByKey.get(queued.key)).toBe(1);
    expect(server.pledges.size).toBe(1);
    expect(events.map((event) => [event.type, event.entry.kind])).toEqual([
      ['sent', 'vote'],
      ['sent', 'pledge'],
    ]);
    const pledgeSent = events[1]!;
    const created = pledgeSent.type === 'sent' ? (pledgeSent.result as { pledge: { id: string }; ownerToken: string }) : undefined;
    expect(created?.ownerToken).toBe('owner-1');
    expect(await after.getPledge(created!.pledge.id)).toBeDefined();
    expect(await storage.all()).toEqual([]);
  });

  it('keeps entries of another endpoint out of its own list and sending', async () => {
    const server = serverWithPoll();
    const storage = memoryOutboxStorage();
    const foreign: StoredOutboxEntry = {
      key: newOutboxKey(),
      endpoint: 'http://elsewhere.test/',
      kind: 'vote',
      target: 'x',
      participantId: 'p_1',
      method: 'PUT',
      path: 'v1/polls/x/votes/p_1',
      body: '{"rung":"told"}',
      headers: {},
      queuedAt: AT,
      attempts: 0,
      notBefore: 0,
    };
    await storage.put(foreign);
    const store = storeFor(server, { outbox: storage });
    await store.outbox.flush();
    expect(await store.outbox.pending()).toEqual([]);
    expect(server.requests).toHaveLength(0);
    expect(await storage.all()).toEqual([foreign]);
  });
});

describe('HttpStore outbox: no names', () => {
  it('never keeps a pledge that shows a name: offline it is refused as not sent', async () => {
    const server = new FakeServer();
    const storage = watchedStorage();
    const store = storeFor(server, { outbox: storage });
    server.offline = true;
    const error = await rejectionOf<PartnerKitError>(store.createPledge(pledgeFor('ward-7', 'I will ask first.', 'Aïcha')));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('storage-unavailable');
    expect(error.messages.en).toMatch(/pledge was not sent/);
    expect(error.messages.fr).toMatch(/n’a pas été envoyé/);
    server.offline = false;
    const created = await store.createPledge(pledgeFor('ward-7', 'I will ask first.', 'Aïcha'));
    expect(created.pledge.name).toBe('Aïcha');
    expect(JSON.parse(server.requestsTo('v1/pledges', 'POST')[0]!.body).name).toBe('Aïcha');
    expect(storage.saved).toEqual([]);
  });

  it('never keeps an assessment whose roster names people', async () => {
    const server = new FakeServer();
    const storage = watchedStorage();
    const store = storeFor(server, { outbox: storage });
    const named = { id: 'a1', assessedOn: '2026-03-31', answers: {}, roster: [{ id: 'm1', side: 'patient', name: 'Jo' }] };
    const unnamed = { id: 'a2', assessedOn: '2026-03-31', answers: {}, roster: [{ id: 'm1', side: 'patient' }] };
    await store.putRecord('assessments', 'a1', 'p_1', named);
    await store.putRecord('assessments', 'a2', 'p_1', unnamed);
    expect(storage.saved.map((entry) => entry.target)).toEqual(['assessments/a2']);
    expect(storage.saved.every((entry) => !entry.body.includes('"name"'))).toBe(true);
    expect(server.records.size).toBe(2);
  });

  it('a name given without consent is not sent, and the pledge goes through the outbox', async () => {
    const server = new FakeServer();
    const storage = watchedStorage();
    const store = storeFor(server, { outbox: storage });
    await store.createPledge({ ...pledgeFor('ward-7', 'I will listen.'), name: 'Secret', nameConsent: false });
    expect(storage.saved).toHaveLength(1);
    expect(storage.saved[0]!.body).not.toContain('Secret');
  });
});

describe('HttpStore outbox: when the device cannot keep changes', () => {
  const broken: OutboxStorage = {
    all: () => Promise.reject(new Error('no storage')),
    put: () => Promise.reject(new Error('no storage')),
    remove: () => Promise.reject(new Error('no storage')),
  };

  it('sends without keeping, and offline says the change was not sent', async () => {
    const server = serverWithPoll();
    const store = storeFor(server, { outbox: broken });
    expect((await store.castVote(vote('p_1'))).result.total).toBe(1);
    server.offline = true;
    const error = await rejectionOf<PartnerKitError>(store.castVote(vote('p_2')));
    expect(error.code).toBe('storage-unavailable');
    expect(error.messages.en).toMatch(/could not keep it/);
    const listing = await rejectionOf<PartnerKitError>(store.outbox.pending());
    expect(listing).toBeInstanceOf(StorageError);
  });
});

describe('HttpStore outbox: closing', () => {
  it('stops retrying on close and leaves the change saved', async () => {
    const server = serverWithPoll();
    const storage = memoryOutboxStorage();
    const store = storeFor(server, { outbox: storage });
    server.offline = true;
    await rejectionOf(store.castVote(vote('p_1')));
    await store.close();
    server.offline = false;
    await vi.advanceTimersByTimeAsync(120_000);
    await settle();
    expect(server.requests).toHaveLength(0);
    expect(await storage.all()).toHaveLength(1);
    expect((await rejectionOf<PartnerKitError>(store.castVote(vote('p_2')))).code).toBe('storage-unavailable');
  });
});

describe('HttpStore offline: the last poll and results seen', () => {
  it('answers the poll and results it last saw, so a person can still vote into the outbox', async () => {
    const server = serverWithPoll();
    const store = storeFor(server);
    const client = createClient({ store, participantId: 'p_offline' });
    const poll = await client.polls.get('town-hall');
    const results = await client.polls.results('town-hall');

    server.offline = true;
    expect(await store.getPoll('town-hall')).toEqual(poll);
    expect(await store.getResults('town-hall')).toEqual(results);
    const error = await rejectionOf(client.polls.vote('town-hall', { rung: 'told-no-influence' }));
    expect((error as PartnerKitError).code).toBe('queued');
    // A poll never seen cannot be made up.
    expect((await rejectionOf(store.getPoll('never-seen')) as PartnerKitError).code).toBe('storage-unavailable');

    server.offline = false;
    await store.outbox.flush();
    expect(server.votes.get('town-hall/p_offline')?.rungId).toBe('told-no-influence');
  });
});
