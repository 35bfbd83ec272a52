/**
 * Options of the HTTP store, kept apart from the store itself so that a page can name them
 * (and load the store lazily) without downloading the store's code.
 */
import type { Locale } from '../shared/text.js';

/** Where an HTTP store keeps changes it could not send yet. */
export interface OutboxStorage {
  /** Every entry kept for this endpoint, oldest first. */
  all(): Promise<readonly StoredOutboxEntry[]>;
  /** Saves an entry (new or updated attempt count). */
  put(entry: StoredOutboxEntry): Promise<void>;
  /** Removes an entry once it was sent or refused. */
  remove(key: string): Promise<void>;
}

/** An outbox entry with what is needed to send it again. Holds no names and no facilitator token. */
export interface StoredOutboxEntry {
  /** The idempotency key, made before the first attempt. */
  readonly key: string;
  /** The server's base address the change is for. */
  readonly endpoint: string;
  /** What kind of change it is. */
  readonly kind: 'vote' | 'pledge' | 'join' | 'record' | 'record-delete';
  /** What it is about (poll id, wall id, pledge id, `collection/id`). */
  readonly target: string;
  /** The participant who made it. */
  readonly participantId: string;
  /** The HTTP method. */
  readonly method: 'PUT' | 'POST' | 'DELETE';
  /** The path under the endpoint, such as `v1/polls/town-hall/votes/p_123`. */
  readonly path: string;
  /** The JSON body, as text (empty for none). */
  readonly body: string;
  /** Extra headers to send again (the `X-Participant-Id` of a record), never an Authorization. */
  readonly headers: Readonly<Record<string, string>>;
  /** When it was first saved (ISO 8601). */
  readonly queuedAt: string;
  /** How many times sending it has been tried. */
  readonly attempts: number;
  /** Do not try again before this time (epoch milliseconds). */
  readonly notBefore: number;
}

/** Options for {@link HttpStore} and {@link lazyHttpStore}. */
export interface HttpStoreOptions {
  /**
   * The server's base address, such as `https://partnerkit.hospital.example/` or `/` for the
   * page's own server. Requests go to `<endpoint>v1/…`; relative addresses are read against
   * the page's address.
   */
  readonly endpoint: string;
  /**
   * The facilitator token, for creating and running polls and seeing hidden results. Only
   * for facilitator screens; never kept in the outbox.
   */
  readonly facilitatorToken?: string;
  /**
   * The participant this page acts for, when known (such as `getBrowserParticipantId()`).
   * Sent as `X-Participant-Id` to read their own assessments back, since `getRecord` does not
   * say who is reading. Never needed on facilitator screens.
   */
  readonly participantId?: string;
  /** The language of error messages from the server (default `en`). Errors carry both languages anyway. */
  readonly locale?: Locale;
  /** Where to keep waiting changes: `indexeddb` (default in browsers), `memory` (default elsewhere) or your own. */
  readonly outbox?: 'indexeddb' | 'memory' | OutboxStorage;
  /** The fetch function to use (default: the global `fetch`). */
  readonly fetch?: typeof fetch;
  /** Retry timing in milliseconds: first wait and longest wait (defaults 1,000 and 30,000). Jitter is added. */
  readonly retry?: {
    /** The longest first wait (default 1,000). */
    readonly firstDelayMs?: number;
    /** The longest wait, however many tries failed (default 30,000). */
    readonly maxDelayMs?: number;
  };
}
