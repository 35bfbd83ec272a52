/** A client for a web page: the browser store and this browser's participant id. Browser-only. */
import { createClient, type ClientOptions, type PartnerKitClient } from '../client/client.js';
import { BrowserStore, type BrowserStoreOptions } from './browser-store.js';
import { getBrowserParticipantId } from './participant.js';

/** Options for {@link createBrowserClient}. */
export interface BrowserClientOptions extends BrowserStoreOptions, Omit<ClientOptions, 'store'> {}

/**
 * A client over a {@link BrowserStore}, acting for this browser's participant id (see
 * {@link getBrowserParticipantId}) unless `participantId` is given.
 */
export function createBrowserClient(options: BrowserClientOptions = {}): PartnerKitClient {
  const { participantId, recordReaders, ...storeOptions } = options;
  const store = new BrowserStore(storeOptions);
  return createClient({
    store,
    participantId: participantId ?? getBrowserParticipantId(options.storage),
    ...(options.now !== undefined && { now: options.now }),
    ...(options.ladders !== undefined && { ladders: options.ladders }),
    ...(recordReaders !== undefined && { recordReaders }),
  });
}
