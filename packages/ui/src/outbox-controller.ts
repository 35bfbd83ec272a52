/**
 * Follows what an element did while its server could not be reached: such changes wait in
 * the store's outbox (`client.store.outbox`, only server stores have one) until they are sent
 * or refused. The element hears the outcome of its own changes and nothing else.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QueuedError } from '@partnerkit/core/shared/errors.js';
import type { Outbox, OutboxChangeKind, OutboxEntry, OutboxEvent, Unsubscribe } from '@partnerkit/core/store/types.js';
import type { PartnerKitConnection } from './connection.js';
import { emit, type PkOutboxDetail } from './events.js';

/** The outbox key of a {@link QueuedError} (the change was saved on this device), else `undefined`. */
export function queuedKey(error: unknown): string | undefined {
  return error instanceof QueuedError ? error.key : undefined;
}

/** What an element hears about one of its waiting changes: it was sent, or refused. */
export type OutboxOutcome = Extract<OutboxEvent, { readonly type: 'sent' | 'refused' }>;

/**
 * Keeps track of the changes its host saved on the device, tells the host when each one is
 * sent or refused, and fires `pk-queued` and `pk-sent` for hosts' pages.
 */
export class OutboxController implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly onOutcome: (outcome: OutboxOutcome) => void;
  /** The changes followed, by key. */
  private readonly followed = new Map<string, OutboxChangeKind>();
  private outbox: Outbox | undefined;
  private stop: Unsubscribe | undefined;

  /**
   * Attaches to an element.
   * @param onOutcome - Called when a followed change was sent or refused, before `pk-sent` fires.
   */
  constructor(host: ReactiveControllerHost & EventTarget, onOutcome: (outcome: OutboxOutcome) => void) {
    this.host = host;
    this.onOutcome = onOutcome;
    host.addController(this);
  }

  /**
   * Listens to the outbox of the connection's store, if it has one. Call it from
   * `connectionChanged`; a new store forgets the changes followed in the old one.
   */
  follow(connection: PartnerKitConnection): void {
    const outbox = connection.client?.store.outbox;
    if (outbox !== this.outbox) {
      this.followed.clear();
      this.outbox = outbox;
    }
    this.stop?.();
    this.stop = outbox?.subscribe((event) => this.hear(event));
  }

  /** Whether a change of the host still waits to be sent. */
  get waiting(): boolean {
    return this.followed.size > 0;
  }

  /**
   * When `error` says the change was saved on this device to be sent later: follows it,
   * fires `pk-queued` and returns the event's detail. Any other error gives `undefined`.
   */
  queued(error: unknown, kind: OutboxChangeKind): PkOutboxDetail | undefined {
    const key = queuedKey(error);
    if (key === undefined) return undefined;
    this.followed.set(key, kind);
    const detail: PkOutboxDetail = { key, kind };
    emit(this.host, 'pk-queued', detail);
    return detail;
  }

  /**
   * The changes waiting now that `match` picks (for example this person's vote in this poll,
   * saved before a reload), followed from now on. Empty without an outbox, or when it cannot
   * be read.
   */
  async pending(match: (entry: OutboxEntry) => boolean): Promise<readonly OutboxEntry[]> {
    const outbox = this.outbox;
    if (outbox === undefined) return [];
    let entries: readonly OutboxEntry[];
    try {
      entries = (await outbox.pending()).filter(match);
    } catch {
      return [];
    }
    if (outbox !== this.outbox) return [];
    for (const entry of entries) this.followed.set(entry.key, entry.kind);
    return entries;
  }

  /** Stops listening while the element is off the page; `follow` starts again. */
  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private hear(event: OutboxEvent): void {
    const { key, kind } = event.entry;
    if (event.type === 'queued' || !this.followed.has(key)) return;
    this.followed.delete(key);
    this.onOutcome(event);
    if (event.type === 'sent') emit<PkOutboxDetail>(this.host, 'pk-sent', { key, kind });
  }
}
