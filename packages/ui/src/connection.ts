/**
 * What an element talks to: a PartnerKit client (or none), and whether the device is a
 * shared kiosk. Handed down by `<partnerkit-provider>` through @lit/context; an element outside
 * any provider uses the page's default connection for its storage kind.
 */
import { createContext } from '@lit/context';
// Deep imports keep the store engine out of the first download: it loads on first use.
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { lazyClient } from '@partnerkit/core/client/lazy-client.js';
import { lazyMemoryStore } from '@partnerkit/core/store/lazy-store.js';
import { lazyBrowserStore } from '@partnerkit/core/browser/lazy-browser-store.js';
import { getBrowserParticipantId } from '@partnerkit/core/browser/participant.js';

/** Where an element keeps data: this browser, this page's memory, or nowhere (events only). */
export type StorageKind = 'browser' | 'memory' | 'none';

/** The storage kinds, for checking attribute values. */
export const STORAGE_KINDS: readonly StorageKind[] = ['browser', 'memory', 'none'];

/** What elements receive from a provider. */
export interface PartnerKitConnection {
  /** The client, or `null` when the page handles data itself (`storage="none"`). */
  readonly client: PartnerKitClient | null;
  /**
   * `true` when there is no server: the device is passed round a room, each submission is a
   * new anonymous vote and results stay on this device (still protected for small groups).
   */
  readonly kiosk: boolean;
  /** How data is kept, for messages and tests. */
  readonly storage: StorageKind | 'custom';
}

/**
 * The context key. `Symbol.for` lets a provider from one copy of PartnerKit serve elements
 * from another copy on the same page.
 */
export const connectionContext = createContext<PartnerKitConnection>(Symbol.for('partnerkit.connection'));

/** Reads a `storage` attribute; anything unknown means the default, `browser`. */
export function readStorageKind(value: string | null | undefined): StorageKind {
  return STORAGE_KINDS.includes(value as StorageKind) ? (value as StorageKind) : 'browser';
}

/**
 * Makes a connection for a storage kind (a new store each time). The client's code and the
 * store engine load on first use, so an element's first download holds only what it needs
 * to draw.
 */
export function createConnection(storage: StorageKind): PartnerKitConnection {
  if (storage === 'none') return { client: null, kiosk: true, storage };
  const store = storage === 'memory' ? lazyMemoryStore() : lazyBrowserStore();
  const participantId = storage === 'browser' ? getBrowserParticipantId() : undefined;
  const client = lazyClient(participantId === undefined ? { store } : { store, participantId });
  return { client, kiosk: true, storage };
}

/** Wraps an integrator's own client (their own store, or a server). */
export function connectionFor(client: PartnerKitClient, options: { readonly kiosk?: boolean } = {}): PartnerKitConnection {
  return { client, kiosk: options.kiosk ?? client.store.kind !== 'http', storage: 'custom' };
}

const pageDefaults = new Map<StorageKind, PartnerKitConnection>();

/** The page's shared connection for a storage kind, made on first use. */
export function defaultConnection(storage: StorageKind): PartnerKitConnection {
  let connection = pageDefaults.get(storage);
  if (connection === undefined) {
    connection = createConnection(storage);
    pageDefaults.set(storage, connection);
  }
  return connection;
}

/** Forgets the page's default connections (tests start each case on fresh stores). */
export function resetDefaultConnections(): void {
  pageDefaults.clear();
}
