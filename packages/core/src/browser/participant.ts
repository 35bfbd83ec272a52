/** A participant id kept per browser, so a person's vote can be read back and replaced. Browser-only. */
import { readBrowserParticipantId } from './participant-id.js';
import { defaultStorage, storageUnavailable, type StorageLike } from './storage.js';

export { PARTICIPANT_STORAGE_KEY, readBrowserParticipantId } from './participant-id.js';

/**
 * This browser's anonymous participant id (`p_` and 20 random letters or digits), created the
 * first time and kept in `storage` (default `localStorage`) under `partnerkit:participant`.
 * It says nothing about the person. Throws a `storage-unavailable` StorageError when it cannot
 * be kept (a full storage included: this small check stays free of the store's messages).
 * {@link readBrowserParticipantId} gives `undefined` instead.
 */
export function getBrowserParticipantId(storage: StorageLike = defaultStorage()): string {
  const id = readBrowserParticipantId(storage);
  if (id === undefined) throw storageUnavailable();
  return id;
}
