/** Small helpers around the browser's Web Storage (localStorage). Browser-only. */
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

/** The error for a full storage: plain words, nothing was saved. */
export function storageFull(): StorageError {
  return new StorageError(
    'storage-full',
    '',
    t(
      'This browser has no room left to save PartnerKit data, so nothing was changed. Free some space (for example clear old site data) and try again.',
      'Ce navigateur n’a plus de place pour enregistrer les données de PartnerKit, donc rien n’a été changé. Libérez de l’espace (par exemple en effaçant d’anciennes données de sites) et réessayez.',
    ),
  );
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

/** Writes one item, turning a full storage into a `storage-full` StorageError. */
export function writeItem(storage: StorageLike, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch (error) {
    throw isQuotaError(error) ? storageFull() : storageUnavailable();
  }
}

/** Reads one item, turning a blocked storage into a StorageError. */
export function readItem(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    throw storageUnavailable();
  }
}
