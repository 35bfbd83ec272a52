/** A participant id kept per browser, so a person's vote can be read back and replaced. Browser-only. */
import { isId, randomId } from '../shared/ids.js';
import { defaultStorage, readItem, storageUnavailable, type StorageLike } from './storage.js';

/** Where the browser's participant id is kept. */
export const PARTICIPANT_STORAGE_KEY = 'partnerkit:participant';

/**
 * This browser's anonymous participant id (`p_` and 20 random letters or digits), created the
 * first time and kept in `storage` (default `localStorage`) under `partnerkit:participant`.
 * It says nothing about the person. Throws a `storage-unavailable` StorageError when it cannot
 * be kept (a full storage included: this small check stays free of the store's messages).
 */
export function getBrowserParticipantId(storage: StorageLike = defaultStorage()): string {
  const existing = readItem(storage, PARTICIPANT_STORAGE_KEY);
  if (isId(existing)) return existing;
  const id = randomId('p_');
  try {
    storage.setItem(PARTICIPANT_STORAGE_KEY, id);
  } catch {
    throw storageUnavailable();
  }
  return id;
}
