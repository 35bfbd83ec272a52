/**
 * What an element talks to: a PartnerKit client (or none), and whether the device is a
 * shared kiosk. Handed down by `<partnerkit-provider>` through the context protocol (see
 * context.ts); an element outside
 * any provider uses the page's default connection for its server endpoint, or else for its
 * storage kind.
 */
import type { Context } from './context.js';
// Deep imports keep the store engine out of the first download: it loads on first use.
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { lazyClient } from '@partnerkit/core/client/lazy-client.js';
import { lazyMemoryStore } from '@partnerkit/core/store/lazy-store.js';
import { lazyBrowserStore } from '@partnerkit/core/browser/lazy-browser-store.js';
import { readBrowserParticipantId } from '@partnerkit/core/browser/participant-id.js';
import { endpointAddress } from '@partnerkit/core/http/endpoint-address.js';
import { lazyHttpStore } from '@partnerkit/core/http/lazy-http-store.js';

/** Where an element keeps data: this browser, this page's memory, or nowhere (events only). */
export type StorageKind = 'browser' | 'memory' | 'none';

/** The storage kinds, for checking attribute values. */
export const STORAGE_KINDS: readonly StorageKind[] = ['browser', 'memory', 'none'];

/**
 * How a connection keeps data: a storage kind, `server` (a PartnerKit server at an
 * `endpoint`) or `custom` (an integrator's own client).
 */
export type ConnectionStorage = StorageKind | 'server' | 'custom';

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
  readonly storage: ConnectionStorage;
}

/**
 * The context key. `Symbol.for` lets a provider from one copy of PartnerKit serve elements
 * from another copy on the same page.
 */
export const connectionContext = Symbol.for('partnerkit.connection') as Context<PartnerKitConnection>;

/** Reads a `storage` attribute; anything unknown means the default, `browser`. */
export function readStorageKind(value: string | null | undefined): StorageKind {
  return STORAGE_KINDS.includes(value as StorageKind) ? (value as StorageKind) : 'browser';
}

/**
 * Makes a connection for a storage kind (a new store each time). The client's code and the
 * store engine load on first use, so an element's first download holds only what it needs
 * to draw. With `browser` storage the client takes this browser's participant id, or a new
 * one for the page when the browser keeps nothing (the store then says so on first use).
 */
export function createConnection(storage: StorageKind): PartnerKitConnection {
  if (storage === 'none') return { client: null, kiosk: true, storage };
  const store = storage === 'memory' ? lazyMemoryStore() : lazyBrowserStore();
  const participantId = storage === 'browser' ? readBrowserParticipantId() : undefined;
  const client = lazyClient(participantId === undefined ? { store } : { store, participantId });
  return { client, kiosk: true, storage };
}

/** Wraps an integrator's own client (their own store, or a server). */
export function connectionFor(client: PartnerKitClient, options: { readonly kiosk?: boolean } = {}): PartnerKitConnection {
  return { client, kiosk: options.kiosk ?? client.store.kind !== 'http', storage: 'custom' };
}

/** Reads an `endpoint` attribute: the trimmed address, or `undefined` when there is none. */
export function readEndpoint(value: string | null | undefined): string | undefined {
  const endpoint = value?.trim();
  return endpoint ? endpoint : undefined;
}

/**
 * Makes a connection to a PartnerKit server (a new store each time): this browser's own
 * participant id, so a person has one answer per poll and may change it, and an outbox that
 * keeps changes made offline until they can be sent. The store's code loads on first use.
 */
export function createServerConnection(endpoint: string): PartnerKitConnection {
  // This browser's id, or none (a new one for this page) when the browser keeps nothing.
  const participantId = readBrowserParticipantId();
  // The store reads this participant's own records (a saved assessment) with the same id.
  const store = lazyHttpStore(participantId === undefined ? { endpoint } : { endpoint, participantId });
  const client = lazyClient(participantId === undefined ? { store } : { store, participantId });
  return { client, kiosk: false, storage: 'server' };
}

const pageDefaults = new Map<StorageKind, PartnerKitConnection>();
const serverDefaults = new Map<string, PartnerKitConnection>();

/** One key for every spelling of a server that the HTTP store reads alike (`/api`, `https://host/api/`). */
function endpointKey(endpoint: string): string {
  return endpointAddress(endpoint) ?? endpoint;
}

/**
 * The page's shared connection to the server at `endpoint`, made on first use. Every element
 * and provider naming the same server shares one store, so one event stream and one outbox.
 */
export function serverConnection(endpoint: string): PartnerKitConnection {
  const key = endpointKey(endpoint);
  let connection = serverDefaults.get(key);
  if (connection === undefined) {
    connection = createServerConnection(endpoint);
    serverDefaults.set(key, connection);
  }
  return connection;
}

/**
 * The connection of an element outside any provider: the server's when it names an
 * `endpoint` (which wins), else the page default for its `storage` kind.
 */
export function pageConnection(endpoint: string | null | undefined, storage: string | null | undefined): PartnerKitConnection {
  const server = readEndpoint(endpoint);
  return server === undefined ? defaultConnection(readStorageKind(storage)) : serverConnection(server);
}

/** The page's shared connection for a storage kind, made on first use. */
export function defaultConnection(storage: StorageKind): PartnerKitConnection {
  let connection = pageDefaults.get(storage);
  if (connection === undefined) {
    connection = createConnection(storage);
    pageDefaults.set(storage, connection);
  }
  return connection;
}

/** Forgets the page's default connections, servers' included (tests start each case on fresh stores). */
export function resetDefaultConnections(): void {
  pageDefaults.clear();
  serverDefaults.clear();
}
