/**
 * The client `lazyClient` loads on its first call: the collections the elements save
 * (parity assessments), plus readers the page registered and its own. Kept apart from
 * `client.ts` so that a bundle reaching it only through `import()` holds no model of the other
 * collections (a dynamically imported module keeps every export it has).
 */
import { createClientWithReaders, type ClientOptions, type PartnerKitClient } from './client.js';
import { PARITY_RECORD_READERS, registeredRecordReaders, withReaders } from './records.js';

/**
 * A client whose record collections are `assessments`, those added with
 * `registerRecordReaders`, and `options.recordReaders`.
 */
export function createPageClient(options: ClientOptions): PartnerKitClient {
  return createClientWithReaders(options, withReaders(PARITY_RECORD_READERS, registeredRecordReaders()));
}
