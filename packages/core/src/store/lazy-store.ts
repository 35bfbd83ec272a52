/**
 * A store that loads its implementation on first use. Web pages use it so that an element's
 * first download holds only what it needs to draw; the store engine comes a moment later.
 */
import { forwardCalls, loadOnce, subscribeWhenLoaded } from '../shared/lazy.js';
import type { MemoryStoreOptions } from './memory-store.js';
import type { Outbox, Store, StoreListener, Topic, Unsubscribe } from './types.js';

/** Loads the real store, for example `() => import('./my-store.js').then((m) => new m.MyStore())`. */
export type StoreLoader = () => Promise<Store>;

// The store's calls that wait for it to load (`subscribe` and `close` are written out below).
// A method added to the store and missing here fails to compile.
const STORE_CALLS = [
  'createPoll',
  'getPoll',
  'updatePoll',
  'castVote',
  'getOwnVote',
  'getResults',
  'putRecord',
  'getRecord',
  'listRecords',
  'deleteRecord',
  'createPledge',
  'getPledge',
  'updatePledge',
  'joinPledge',
  'listPledges',
] as const;

/**
 * Wraps a loader as a {@link Store}. The loader runs once, on the first call; subscriptions made
 * before it finishes start as soon as it does. When loading fails, every call rejects with a
 * `storage-unavailable` error, and the next call tries again.
 * @param kind - The kind of the store that will load (`browser`, `http`…).
 * @param options - `hasOutbox: true` when the store that loads has an {@link Outbox} (a server store).
 */
export function lazyStore(kind: string, load: StoreLoader, options: { readonly hasOutbox?: boolean } = {}): Store {
  const ready = loadOnce(load);
  return {
    kind,
    ...forwardCalls(ready, STORE_CALLS, (store) => store),
    subscribe: (topic: Topic, listener: StoreListener): Unsubscribe => subscribeWhenLoaded(ready, (store) => store.subscribe(topic, listener)),
    async close(): Promise<void> {
      const store = await ready().catch(() => undefined);
      await store?.close?.();
    },
    ...(options.hasOutbox === true && { outbox: lazyOutbox(ready) }),
  };
}

/** The outbox of a store still loading: calls wait for it; a store without one has nothing waiting. */
function lazyOutbox(ready: () => Promise<Store>): Outbox {
  return {
    pending: async () => (await ready()).outbox?.pending() ?? [],
    subscribe: (listener) => subscribeWhenLoaded(ready, (store) => store.outbox?.subscribe(listener) ?? (() => undefined)),
    flush: async () => (await ready()).outbox?.flush(),
  };
}

/** A {@link MemoryStore} that loads the store engine on first use. */
export function lazyMemoryStore(options: MemoryStoreOptions = {}): Store {
  return lazyStore('memory', async () => new (await import('./memory-store.js')).MemoryStore(options));
}
