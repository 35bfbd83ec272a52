/**
 * An outbox storage in the browser's IndexedDB, so waiting changes survive a reload and are
 * shared by the site's tabs. One object store keyed by `key`; each store picks its own
 * endpoint's entries. Where IndexedDB is missing or blocked, every call rejects with a
 * `storage-unavailable` error (the HTTP store then sends without keeping).
 */
import { StorageError } from '../shared/errors.js';
import { t } from '../shared/text.js';
import type { OutboxStorage, StoredOutboxEntry } from './options.js';

/** The database name used unless another is given. */
export const DEFAULT_OUTBOX_DATABASE = 'partnerkit-outbox';

const OBJECT_STORE = 'entries';
const KINDS: readonly string[] = ['vote', 'pledge', 'join', 'record', 'record-delete'];
const METHODS: readonly string[] = ['PUT', 'POST', 'DELETE'];

const UNAVAILABLE = t(
  'This device could not keep changes waiting to be sent.',
  'Cet appareil n’a pas pu garder les modifications en attente d’envoi.',
);

function unavailable(cause: unknown): StorageError {
  const error = new StorageError('storage-unavailable', '', UNAVAILABLE);
  (error as { cause?: unknown }).cause = cause;
  return error;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');
}

/** True for a well-formed entry (anything else found in the database is ignored). */
export function isStoredOutboxEntry(value: unknown): value is StoredOutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.kind === 'string' &&
    KINDS.includes(entry.kind) &&
    typeof entry.target === 'string' &&
    typeof entry.participantId === 'string' &&
    typeof entry.method === 'string' &&
    METHODS.includes(entry.method) &&
    typeof entry.path === 'string' &&
    typeof entry.body === 'string' &&
    isStringRecord(entry.headers) &&
    typeof entry.queuedAt === 'string' &&
    typeof entry.attempts === 'number' &&
    typeof entry.notBefore === 'number'
  );
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (factory === undefined) {
      reject(unavailable(new Error('IndexedDB is not available here.')));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, 1);
    } catch (error) {
      reject(unavailable(error));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(OBJECT_STORE)) request.result.createObjectStore(OBJECT_STORE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(unavailable(request.error));
    request.onblocked = () => reject(unavailable(new Error('The outbox database is blocked by another tab.')));
  });
}

/** Keeps outbox entries in IndexedDB, in the database `dbName` (default `partnerkit-outbox`). */
export function indexedDbOutboxStorage(dbName: string = DEFAULT_OUTBOX_DATABASE): OutboxStorage {
  let opening: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> =>
    (opening ??= openDatabase(dbName).then(
      (db) => {
        // Another tab upgrading, or the browser clearing site data: open again next time.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        db.onclose = () => {
          opening = undefined;
        };
        return db;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    ));

  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await database();
    return new Promise<T>((resolve, reject) => {
      try {
        const transaction = db.transaction(OBJECT_STORE, mode);
        const request = work(transaction.objectStore(OBJECT_STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(unavailable(transaction.error));
        transaction.onabort = () => reject(unavailable(transaction.error));
      } catch (error) {
        opening = undefined;
        reject(unavailable(error));
      }
    });
  };

  return {
    async all() {
      const found = await run('readonly', (store) => store.getAll());
      return found.filter(isStoredOutboxEntry);
    },
    async put(entry) {
      await run('readwrite', (store) => store.put({ ...entry, headers: { ...entry.headers } }));
    },
    async remove(key) {
      await run('readwrite', (store) => store.delete(key));
    },
  };
}
