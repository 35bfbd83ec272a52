/**
 * The outbox: participants' changes wait here until the server has them. Each change gets
 * its idempotency key and is saved before the first try, so it is sent exactly once (the
 * server replays its answer for a key it already has), in order, one at a time, across
 * reloads and tabs. Failed tries wait longer each time (with jitter, and at least as long as
 * the server's `Retry-After`); the browser coming back online sends at once.
 */
import { QueuedError } from '../shared/errors.js';
import { randomId } from '../shared/ids.js';
import { t } from '../shared/text.js';
import type { Outbox, OutboxEntry, OutboxEvent, Unsubscribe } from '../store/types.js';
import { onOnline, reportListenerError, startTimer, stopTimer, type TimerHandle } from './environment.js';
import type { OutboxStorage, StoredOutboxEntry } from './options.js';
import { isTemporary, type HttpOutcome } from './request.js';
import { backoffDelay, type RetryTiming } from './retry.js';
import { CHANGE_NOT_KEPT, unavailable } from './server-errors.js';

/** A change to send: the entry without its key and bookkeeping. */
export type OutboxDraft = Omit<StoredOutboxEntry, 'key' | 'endpoint' | 'queuedAt' | 'attempts' | 'notBefore'>;

/** What an {@link HttpOutbox} needs. */
export interface HttpOutboxOptions {
  /** The server's base address: only entries for it are sent. */
  readonly endpoint: string;
  /** Where entries are kept. */
  readonly storage: OutboxStorage;
  /** Sends an entry once (with its key as `Idempotency-Key`). */
  readonly send: (entry: StoredOutboxEntry) => Promise<HttpOutcome>;
  /** Turns the server's answer into what the store method resolves to. */
  readonly decode: (entry: StoredOutboxEntry, value: unknown) => unknown;
  /** Retry timing. */
  readonly retry: RetryTiming;
}

interface Waiter {
  readonly entry: StoredOutboxEntry;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const CLOSED = t('This connection to the server was closed. Please reload the page.', 'Cette connexion au serveur a été fermée. Veuillez recharger la page.');
const UNREADABLE_OUTBOX = t(
  'This device could not read the changes waiting to be sent.',
  'Cet appareil n’a pas pu lire les modifications en attente d’envoi.',
);

let sequence = 0;

/**
 * A new idempotency key: visible characters only, in the order made (time, then a counter),
 * then random, so keys sort oldest first and never repeat.
 */
export function newOutboxKey(nowMs: number = Date.now()): string {
  sequence = (sequence + 1) % 1_679_616;
  return `pk-${nowMs.toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}-${randomId('', 16)}`;
}

/** What listeners are told about an entry (no body, no headers). */
export function outboxEntryOf(entry: StoredOutboxEntry): OutboxEntry {
  return {
    key: entry.key,
    kind: entry.kind,
    target: entry.target,
    participantId: entry.participantId,
    queuedAt: entry.queuedAt,
    attempts: entry.attempts,
  };
}

function oldestFirst(a: StoredOutboxEntry, b: StoredOutboxEntry): number {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The outbox of an {@link HttpStore}. */
export class HttpOutbox implements Outbox {
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  /** Changes whose store call still waits for its first outcome. */
  private readonly waiters = new Map<string, Waiter>();
  private timer: TimerHandle | undefined;
  private loop: Promise<void> | undefined;
  private wanted = false;
  private wantAll = false;
  private closed = false;
  private readonly stopWatchingOnline: () => void;

  /** Starts sending what an earlier page left behind. */
  constructor(private readonly options: HttpOutboxOptions) {
    this.stopWatchingOnline = onOnline(() => void this.flush());
    void this.run(true);
  }

  /**
   * Saves a change, then sends it (after any older one still waiting). Resolves with the
   * decoded answer; rejects with the server's refusal, or with a {@link QueuedError} when the
   * change waits on this device. When the device cannot keep it, the change is sent once
   * without being kept and, when that fails, rejected with a `storage-unavailable` error.
   */
  async submit(draft: OutboxDraft): Promise<unknown> {
    if (this.closed) throw unavailable(CLOSED);
    const now = Date.now();
    const entry: StoredOutboxEntry = {
      ...draft,
      key: newOutboxKey(now),
      endpoint: this.options.endpoint,
      queuedAt: new Date(now).toISOString(),
      attempts: 0,
      notBefore: 0,
    };
    try {
      await this.options.storage.put(entry);
    } catch {
      return this.sendUnkept(entry);
    }
    const answer = new Promise<unknown>((resolve, reject) => this.waiters.set(entry.key, { entry, resolve, reject }));
    void this.run(true);
    return answer;
  }

  async pending(): Promise<readonly OutboxEntry[]> {
    try {
      return (await this.list()).map(outboxEntryOf);
    } catch {
      throw unavailable(UNREADABLE_OUTBOX);
    }
  }

  subscribe(listener: (event: OutboxEvent) => void): Unsubscribe {
    const own = (event: OutboxEvent): void => listener(event);
    this.listeners.add(own);
    return () => {
      this.listeners.delete(own);
    };
  }

  flush(): Promise<void> {
    return this.run(true);
  }

  /** Stops retrying and listening; what waits stays saved for the next page. */
  close(): void {
    this.closed = true;
    stopTimer(this.timer);
    this.timer = undefined;
    this.stopWatchingOnline();
  }

  /** Sends without keeping (the device could not save it). */
  private async sendUnkept(entry: StoredOutboxEntry): Promise<unknown> {
    const outcome = await this.options.send(entry);
    if (outcome.kind === 'answer') return this.options.decode(entry, outcome.value);
    if (outcome.kind === 'failed' && !isTemporary(outcome)) throw outcome.error;
    throw unavailable(CHANGE_NOT_KEPT);
  }

  /** This endpoint's entries, oldest first. */
  private async list(): Promise<StoredOutboxEntry[]> {
    const entries = await this.options.storage.all();
    return entries.filter((entry) => entry.endpoint === this.options.endpoint).sort(oldestFirst);
  }

  /**
   * Sends what waits, one round after another while more is asked for. `all` sends entries
   * whose retry time has not come yet too (a flush, a new change, back online).
   */
  private run(all: boolean): Promise<void> {
    this.wanted = true;
    this.wantAll ||= all;
    this.loop ??= (async () => {
      try {
        while (this.wanted && !this.closed) await this.sendRound();
      } finally {
        this.loop = undefined;
      }
    })();
    return this.loop;
  }

  /**
   * One round: every entry in order until one fails (or, unless the round sends everything,
   * until one whose time has not come). Requests made before the list was read are covered
   * by this round; later ones ask for the next.
   */
  private async sendRound(): Promise<void> {
    stopTimer(this.timer);
    this.timer = undefined;
    let entries: StoredOutboxEntry[];
    try {
      entries = await this.list();
    } catch {
      entries = [];
    }
    const all = this.wantAll;
    this.wanted = false;
    this.wantAll = false;
    // Changes of this page are sent even when another tab already sent and removed them:
    // their key makes a repeat harmless, and the answer comes back the same.
    for (const waiter of this.waiters.values()) {
      if (!entries.some((entry) => entry.key === waiter.entry.key)) entries.push(waiter.entry);
    }
    entries.sort(oldestFirst);
    let index = 0;
    for (; index < entries.length && !this.closed; index += 1) {
      const entry = entries[index]!;
      if (!all && entry.notBefore > Date.now()) {
        this.schedule(entry.notBefore);
        break;
      }
      const outcome = await this.options.send(entry);
      if (outcome.kind === 'unreachable' || isTemporary(outcome)) {
        entries[index] = await this.postpone(entry, outcome);
        break;
      }
      await this.options.storage.remove(entry.key).catch(() => undefined);
      this.settle(entry, outcome);
    }
    for (; index < entries.length; index += 1) this.announceQueued(entries[index]!);
  }

  /** Counts a failed try and sets the time of the next one. */
  private async postpone(entry: StoredOutboxEntry, outcome: HttpOutcome): Promise<StoredOutboxEntry> {
    const attempts = entry.attempts + 1;
    const serverWait = outcome.kind === 'failed' ? (outcome.retryAfterMs ?? 0) : 0;
    const updated: StoredOutboxEntry = {
      ...entry,
      attempts,
      notBefore: Date.now() + Math.max(serverWait, backoffDelay(attempts, this.options.retry)),
    };
    await this.options.storage.put(updated).catch(() => undefined);
    this.schedule(updated.notBefore);
    return updated;
  }

  private schedule(at: number): void {
    if (this.closed) return;
    stopTimer(this.timer);
    this.timer = startTimer(() => {
      this.timer = undefined;
      void this.run(false);
    }, at - Date.now());
  }

  /** A final outcome: the waiting call hears it, or (for a change that waited) the listeners do. */
  private settle(entry: StoredOutboxEntry, outcome: Exclude<HttpOutcome, { kind: 'unreachable' }>): void {
    const waiter = this.waiters.get(entry.key);
    this.waiters.delete(entry.key);
    if (outcome.kind === 'answer') {
      const result = this.options.decode(entry, outcome.value);
      if (waiter !== undefined) waiter.resolve(result);
      else this.emit({ type: 'sent', entry: outboxEntryOf(entry), result });
      return;
    }
    if (waiter !== undefined) waiter.reject(outcome.error);
    else this.emit({ type: 'refused', entry: outboxEntryOf(entry), error: outcome.error });
  }

  /** A change of this page that could not be sent yet: its call rejects with a QueuedError. */
  private announceQueued(entry: StoredOutboxEntry): void {
    const waiter = this.waiters.get(entry.key);
    if (waiter === undefined) return;
    this.waiters.delete(entry.key);
    this.emit({ type: 'queued', entry: outboxEntryOf(entry) });
    waiter.reject(new QueuedError(entry.key));
  }

  private emit(event: OutboxEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }
}

