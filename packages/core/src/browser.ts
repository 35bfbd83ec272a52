/**
 * `@partnerkit/core/browser`: what only makes sense in a web page — the store saved in
 * `localStorage`, this browser's participant id, and a client built from both.
 * @module
 */
export { BrowserStore, DEFAULT_BROWSER_STORE_KEY, type BrowserStoreOptions } from './browser/browser-store.js';
export { lazyBrowserStore } from './browser/lazy-browser-store.js';
export { getBrowserParticipantId, PARTICIPANT_STORAGE_KEY, readBrowserParticipantId } from './browser/participant.js';
export { createBrowserClient, type BrowserClientOptions } from './browser/client.js';
export { isQuotaError, type StorageLike } from './browser/storage.js';
