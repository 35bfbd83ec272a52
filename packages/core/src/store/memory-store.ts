/** A store that keeps everything in memory: for tests, demos, kiosks and servers' caches. */
import { DataStore, type DataStoreOptions } from './data-store.js';

/** Options for a {@link MemoryStore}: the engine's options, without saving. */
export type MemoryStoreOptions = Omit<DataStoreOptions, 'persistence' | 'kind'>;

/**
 * The store engine with nothing saved: data lives as long as the object. Its kind is
 * `memory`. Pass `now` to control the time in tests.
 */
export class MemoryStore extends DataStore {
  constructor(options: MemoryStoreOptions = {}) {
    super({ ...options, kind: 'memory' });
  }
}
