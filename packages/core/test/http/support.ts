/** Helpers for the HTTP store tests: stores over a fake server, closed after each test. */
import { afterEach } from 'vitest';
import { HttpStore } from '../../src/http/http-store.js';
import { memoryOutboxStorage } from '../../src/http/memory-outbox-storage.js';
import type { HttpStoreOptions, OutboxStorage, StoredOutboxEntry } from '../../src/http/options.js';
import type { Pledge } from '../../src/pledges/types.js';
import type { OutboxEvent } from '../../src/store/types.js';
import { ENDPOINT, type FakeServer } from './fake-server.js';

const open: HttpStore[] = [];

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

/** A store over `server`, closed after the test. */
export function storeFor(server: FakeServer, options: Partial<HttpStoreOptions> = {}): HttpStore {
  const store = new HttpStore({ endpoint: ENDPOINT, fetch: server.fetch, outbox: 'memory', retry: { firstDelayMs: 1000, maxDelayMs: 8000 }, ...options });
  open.push(store);
  return store;
}

/** A memory storage that also lets the test see every entry ever saved. */
export function watchedStorage(inner: OutboxStorage = memoryOutboxStorage()): OutboxStorage & { readonly saved: StoredOutboxEntry[] } {
  const saved: StoredOutboxEntry[] = [];
  return {
    saved,
    all: () => inner.all(),
    put: async (entry) => {
      saved.push(entry);
      await inner.put(entry);
    },
    remove: (key) => inner.remove(key),
  };
}

/** Collects a store's outbox events. */
export function outboxEvents(store: HttpStore): OutboxEvent[] {
  const events: OutboxEvent[] = [];
  store.outbox.subscribe((event) => events.push(event));
  return events;
}

/** A pledge as the client hands it to a store. */
export function pledgeFor(wallId: string, text: string, name?: string): Pledge {
  return {
    id: 'pledge_local',
    wallId,
    text,
    ...(name !== undefined && { name }),
    nameConsent: name !== undefined,
    followUpDays: 30,
    followUpOn: '2026-04-30',
    status: 'made',
    joinCount: 0,
    createdAt: '2026-03-31T09:00:00.000Z',
    updatedAt: '2026-03-31T09:00:00.000Z',
  };
}

/** Lets pending promise callbacks run (the fake server answers asynchronously). */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}
