import { describe, expect, it } from 'vitest';
import {
  MemoryStore,
  StorageError,
  createPledge,
  createPollRecord,
  lazyStore,
  readPollSettings,
  type Store,
  type StoreEvent,
} from '../../src/index.js';

const NOW = '2026-01-01T00:00:00.000Z';
const poll = createPollRecord(readPollSettings({ id: 'lazy' }), NOW);
const pledge = createPledge({ wallId: 'w', text: 'Ask patients first', nameConsent: false, followUpDays: 30 }, { id: 'pledge_1', now: NOW });

describe('lazyStore', () => {
  it('loads the real store once, on first use, and forwards every call', async () => {
    let loads = 0;
    const real = new MemoryStore();
    const store = lazyStore('memory', async () => {
      loads += 1;
      return real;
    });
    expect(loads).toBe(0);
    expect(store.kind).toBe('memory');
    await store.createPoll(poll);
    expect(await real.getPoll('lazy')).toEqual(poll);
    expect(await store.getPoll('lazy')).toEqual(poll);
    expect(await store.listPledges('w')).toEqual([]);
    expect(loads).toBe(1);
  });

  it('starts subscriptions made before loading finished, and stops them when asked', async () => {
    const real = new MemoryStore();
    let finish: (store: Store) => void = () => undefined;
    const store = lazyStore('memory', () => new Promise<Store>((resolve) => (finish = resolve)));
    const heard: StoreEvent[] = [];
    const stoppedEarly: StoreEvent[] = [];
    store.subscribe('wall:w', (event) => heard.push(event));
    store.subscribe('wall:w', (event) => stoppedEarly.push(event))();
    const pending = store.listPledges('w');
    finish(real);
    await pending;
    await real.createPledge(pledge);
    expect(heard.map((event) => event.type)).toEqual(['pledge']);
    expect(stoppedEarly).toEqual([]);
  });

  it('turns a failed load into a storage-unavailable error and tries again next time', async () => {
    let attempts = 0;
    const store = lazyStore('http', async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('network down');
      return new MemoryStore();
    });
    const error = await store.getPoll('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-unavailable');
    expect((error as StorageError).messageIn('fr')).toContain('connexion');
    expect(await store.getPoll('x')).toBeUndefined();
    expect(attempts).toBe(2);
  });
});
