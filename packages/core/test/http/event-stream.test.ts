// The shared live event stream: one connection for many subscribers, one reconnection per
// topic change, resuming after cuts with Last-Event-ID, and reading state again when events
// may have been missed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_STREAM_TOPICS, SILENCE_TIMEOUT_MS, TOPIC_CHANGE_DELAY_MS } from '../../src/http/event-stream.js';
import type { StoreEvent, Topic } from '../../src/store/types.js';
import { FACILITATOR_TOKEN, FakeServer } from './fake-server.js';
import { storeFor } from './support.js';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-31T09:00:00.000Z') });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const eventsRequests = (server: FakeServer) => server.requests.filter((request) => request.path === 'v1/events');

/** Lets topic changes gather and the connection open. */
async function connect(): Promise<void> {
  await vi.advanceTimersByTimeAsync(TOPIC_CHANGE_DELAY_MS + 1);
}

function serverWithPolls(...ids: string[]): FakeServer {
  const server = new FakeServer();
  for (const id of ids) server.addPoll(id);
  return server;
}

describe('the shared event stream', () => {
  it('opens one connection for every subscriber of every store on the page', async () => {
    const server = serverWithPolls('a', 'b', 'c');
    const first = storeFor(server);
    const second = storeFor(server);
    for (let i = 0; i < 30; i += 1) {
      const store = i % 2 === 0 ? first : second;
      store.subscribe((['poll:a', 'poll:b', 'wall:w'] as const)[i % 3]!, () => undefined);
    }
    await connect();
    expect(eventsRequests(server)).toHaveLength(1);
    expect(server.stream.topics).toEqual(['poll:a', 'poll:b', 'wall:w']);
    expect(server.stream.lastEventId).toBeNull();
  });

  it('hands each event to the listeners of its topic only, with its topic', async () => {
    const server = serverWithPolls('a', 'b');
    const store = storeFor(server);
    const heardA: StoreEvent[] = [];
    const heardB: StoreEvent[] = [];
    store.subscribe('poll:a', (event) => heardA.push(event));
    store.subscribe('poll:b', (event) => heardB.push(event));
    await connect();
    heardA.length = 0;
    heardB.length = 0;
    const results = { ...server.results.get('a')!, version: 4 };
    server.stream.send(7, { topic: 'poll:a', type: 'results', results });
    server.stream.write(': ping\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(heardA).toEqual([{ topic: 'poll:a', type: 'results', results }]);
    expect(heardB).toEqual([]);
  });

  it('reconnects once when topics change together, resuming after the last event id', async () => {
    const server = serverWithPolls('a', 'b', 'c');
    const store = storeFor(server);
    store.subscribe('poll:a', () => undefined);
    await connect();
    const firstStream = server.stream;
    firstStream.send(41, { topic: 'poll:a', type: 'poll', poll: server.polls.get('a')! });
    await vi.advanceTimersByTimeAsync(0);
    const stops = [store.subscribe('poll:b', () => undefined), store.subscribe('poll:c', () => undefined), store.subscribe('wall:w', () => undefined)];
    stops[2]!();
    await connect();
    expect(eventsRequests(server)).toHaveLength(2);
    expect(firstStream.closedByClient).toBe(true);
    expect(server.stream.topics).toEqual(['poll:a', 'poll:b', 'poll:c']);
    expect(server.stream.lastEventId).toBe('41');
    // Unsubscribing and subscribing again at once changes nothing.
    stops[0]!();
    store.subscribe('poll:b', () => undefined);
    await connect();
    expect(eventsRequests(server)).toHaveLength(2);
  });

  it('after a cut, reconnects with backoff and Last-Event-ID, and reads the state again', async () => {
    const server = serverWithPolls('a');
    const store = storeFor(server, { retry: { firstDelayMs: 1000, maxDelayMs: 8000 } });
    const heard: StoreEvent[] = [];
    store.subscribe('poll:a', (event) => heard.push(event));
    await connect();
    // The first connection reads the state once: the poll, then its results.
    expect(heard.map((event) => event.type)).toEqual(['poll', 'results']);
    server.stream.send(9, { topic: 'poll:a', type: 'results', results: { ...server.results.get('a')!, version: 1 } });
    await vi.advanceTimersByTimeAsync(0);
    server.stream.end();
    server.polls.set('a', { ...server.polls.get('a')!, status: 'closed' });
    heard.length = 0;
    await vi.advanceTimersByTimeAsync(499);
    expect(eventsRequests(server)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(eventsRequests(server)).toHaveLength(2);
    expect(server.stream.lastEventId).toBe('9');
    expect(heard).toEqual([
      { topic: 'poll:a', type: 'poll', poll: expect.objectContaining({ status: 'closed' }) },
      { topic: 'poll:a', type: 'results', results: server.results.get('a') },
    ]);
  });

  it('waits longer after each failed reconnection, and starts afresh when the server refuses the last id', async () => {
    const server = serverWithPolls('a');
    const tries: { at: number; lastEventId: string | null }[] = [];
    const counting: typeof fetch = (input, init) => {
      if (String(input).includes('v1/events')) tries.push({ at: Date.now(), lastEventId: new Headers(init?.headers).get('Last-Event-ID') });
      return server.fetch(input, init);
    };
    const store = storeFor(server, { fetch: counting, retry: { firstDelayMs: 1000, maxDelayMs: 8000 } });
    store.subscribe('poll:a', () => undefined);
    await connect();
    server.stream.send(5, { topic: 'poll:a', type: 'poll', poll: server.polls.get('a')! });
    await vi.advanceTimersByTimeAsync(0);
    server.offline = true;
    server.stream.end(new TypeError('network'));
    await vi.advanceTimersByTimeAsync(500 + 1000 + 2000 + 4000);
    const gaps = tries.slice(1).map((attempt, i) => attempt.at - tries[i]!.at);
    // With Math.random at one half: half of 1, 2, 4 and 8 seconds after the first connection's end.
    expect(gaps.slice(1)).toEqual([1000, 2000, 4000]);
    expect(tries.slice(1).every((attempt) => attempt.lastEventId === '5')).toBe(true);

    server.offline = false;
    server.streamStatuses.push(400);
    await vi.advanceTimersByTimeAsync(4000);
    await vi.advanceTimersByTimeAsync(8000);
    const refused = tries.at(-2)!;
    const fresh = tries.at(-1)!;
    expect(refused.lastEventId).toBe('5');
    expect(fresh.lastEventId).toBeNull();
    expect(server.stream.closedByClient).toBe(false);
  });

  it('stops the connection when the last subscriber leaves, and on close', async () => {
    const server = serverWithPolls('a');
    const store = storeFor(server);
    const stop = store.subscribe('poll:a', () => undefined);
    await connect();
    const stream = server.stream;
    stop();
    stop();
    expect(stream.closedByClient).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(eventsRequests(server)).toHaveLength(1);

    store.subscribe('poll:a', () => undefined);
    await connect();
    expect(eventsRequests(server)).toHaveLength(2);
    await store.close();
    expect(server.stream.closedByClient).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes a silent connection as cut and reconnects', async () => {
    const server = serverWithPolls('a');
    const store = storeFor(server);
    store.subscribe('poll:a', () => undefined);
    await connect();
    const silent = server.stream;
    await vi.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS + 30_000);
    expect(silent.closedByClient).toBe(true);
    expect(eventsRequests(server).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps facilitators on their own stream, with the bearer token', async () => {
    const server = serverWithPolls('a');
    storeFor(server).subscribe('poll:a', () => undefined);
    storeFor(server, { facilitatorToken: FACILITATOR_TOKEN }).subscribe('poll:a', () => undefined);
    await connect();
    const [participant, facilitator] = eventsRequests(server).map((request) => request.headers.get('Authorization'));
    expect([participant, facilitator].sort()).toEqual([`Bearer ${FACILITATOR_TOKEN}`, null].sort());
  });

  it('follows at most the server’s limit of topics on one connection', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    for (let i = 0; i < MAX_STREAM_TOPICS + 5; i += 1) store.subscribe(`poll:p${i}` as Topic, () => undefined);
    await connect();
    expect(server.stream.topics).toHaveLength(MAX_STREAM_TOPICS);
  });

  it('refuses a malformed topic or listener with a ValidationError', () => {
    const store = storeFor(new FakeServer());
    expect(() => store.subscribe('vote:a' as Topic, () => undefined)).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'topic' }));
    expect(() => store.subscribe('poll:../x' as Topic, () => undefined)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    expect(() => store.subscribe('poll:a', 'nope' as never)).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'listener' }));
  });

  it('a live event newer than a state read skips the older read', async () => {
    const server = serverWithPolls('a');
    const heard: StoreEvent[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: typeof fetch = async (input, init) => {
      if (String(input).includes('/results')) await gate;
      return server.fetch(input, init);
    };
    const slowStore = storeFor(server, { fetch: slow });
    slowStore.subscribe('poll:a', (event) => heard.push(event));
    await connect();
    const newer = { ...server.results.get('a')!, version: 10 };
    server.stream.send(1, { topic: 'poll:a', type: 'results', results: newer });
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual([{ topic: 'poll:a', type: 'results', results: newer }]);
  });
});

