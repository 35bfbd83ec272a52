/**
 * `@partnerkit/core/http`: the store that talks to a PartnerKit server, with its offline
 * outbox and the shared live event stream. Runs in browsers and in Node 20.
 */
export { HttpStore } from './http-store.js';
export { lazyHttpStore } from './lazy-http-store.js';
export type { HttpStoreOptions, OutboxStorage, StoredOutboxEntry } from './options.js';
export { memoryOutboxStorage } from './memory-outbox-storage.js';
export { indexedDbOutboxStorage, isStoredOutboxEntry, DEFAULT_OUTBOX_DATABASE } from './indexeddb-outbox-storage.js';
export { SseParser, type SseMessage, type SseHandlers } from './sse-parser.js';
