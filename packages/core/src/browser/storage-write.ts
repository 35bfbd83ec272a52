/** Writing to Web Storage, telling a full storage apart. Browser-only; loads with the browser store. */
import { StorageError } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { isQuotaError, storageUnavailable, type StorageLike } from './storage.js';

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

/** Writes one item, turning a full storage into a `storage-full` StorageError. */
export function writeItem(storage: StorageLike, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch (error) {
    throw isQuotaError(error) ? storageFull() : storageUnavailable();
  }
}
