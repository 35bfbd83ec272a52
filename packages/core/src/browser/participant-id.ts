/**
 * Reading this browser's participant id without any error message, on its own so that an
 * element's first download does not pull in the storage helpers. Browser-only.
 */
import { isId, randomId } from '../shared/ids.js';
import type { StorageLike } from './storage.js';

/** Where the browser's participant id is kept. */
export const PARTICIPANT_STORAGE_KEY = 'partnerkit:participant';

/**
 * This browser's anonymous participant id (`p_` and 20 random letters or digits), created the
 * first time and kept in `storage` (default `localStorage`) under `partnerkit:participant`;
 * `undefined` when the browser cannot keep it (storage missing, blocked or full), for callers
 * that then use a new id for the page.
 */
export function readBrowserParticipantId(storage?: StorageLike): string | undefined {
  try {
    // Reading `localStorage` itself throws when the browser blocks it; it is missing in Node.
    const kept = storage ?? globalThis.localStorage;
    const existing = kept.getItem(PARTICIPANT_STORAGE_KEY);
    if (isId(existing)) return existing;
    const id = randomId('p_');
    kept.setItem(PARTICIPANT_STORAGE_KEY, id);
    return id;
  } catch {
    return undefined;
  }
}
