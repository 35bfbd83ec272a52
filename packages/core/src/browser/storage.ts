/**
 * Small helpers around the browser's Web Storage (localStorage). Browser-only. Writing with
 * the `storage-full` error is in `storage-write.ts`, loaded with the store, so an element's
 * first download does not carry that message.
 */
import { StorageError } from '../shared/errors.js';
import { t } from '../shared/text.js';

/** The part of the Web Storage API PartnerKit uses; `localStorage` fits, and so does a test double. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's `localStorage`, or a StorageError when the browser does not allow it. */
export function defaultStorage(): StorageLike {
  let storage: StorageLike | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  if (storage === undefined || storage === null) throw storageUnavailable();
  return storage;
}

/** True when an error says the storage is full (every browser names it its own way). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The error for a browser that does not let the page keep data. */
export function storageUnavailable(): StorageError {
  return new StorageError(
    'storage-unavailable',
    '',
    t(
      'This browser does not let this page keep data (it may be in private mode or blocked by a setting), so nothing was changed.',
      'Ce navigateur ne permet pas à cette page de garder des données (navigation privée ou réglage de blocage, peut-être), donc rien n’a été changé.',
    ),
  );
}

/** Reads one item, turning a blocked storage into a StorageError. */
export function readItem(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    throw storageUnavailable();
  }
}
