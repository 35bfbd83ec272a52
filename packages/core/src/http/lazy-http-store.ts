/**
 * A server store whose code loads on first use, for web pages (import it by its own path,
 * `@partnerkit/core/http/lazy-http-store.js`).
 */
import { lazyStore } from '../store/lazy-store.js';
import type { Store } from '../store/types.js';
import type { HttpStoreOptions } from './options.js';

/** An {@link HttpStore} that loads on first use; its outbox is usable at once. */
export function lazyHttpStore(options: HttpStoreOptions): Store {
  return lazyStore('http', async () => new (await import('./http-store.js')).HttpStore(options), { hasOutbox: true });
}
