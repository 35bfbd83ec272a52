/** An outbox storage in memory: for Node, tests, and pages that must keep nothing on the device. */
import type { OutboxStorage, StoredOutboxEntry } from './options.js';

/**
 * Keeps outbox entries in memory, in the order they were first saved. Entries last as long
 * as the object: give the same one to a new store to carry them over.
 */
export function memoryOutboxStorage(): OutboxStorage {
  const entries = new Map<string, StoredOutboxEntry>();
  return {
    async all() {
      return [...entries.values()];
    },
    async put(entry) {
      entries.set(entry.key, { ...entry, headers: { ...entry.headers } });
    },
    async remove(key) {
      entries.delete(key);
    },
  };
}
