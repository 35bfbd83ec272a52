/** The browser store, loaded on first use, for pages that want a small first download. */
import { lazyStore } from '../store/lazy-store.js';
import type { Store } from '../store/types.js';
import type { BrowserStoreOptions } from './browser-store.js';

/**
 * A {@link BrowserStore} whose code (the store engine) loads on the first call. Everything
 * else behaves the same.
 */
export function lazyBrowserStore(options: BrowserStoreOptions = {}): Store {
  return lazyStore('browser', async () => new (await import('./browser-store.js')).BrowserStore(options));
}
