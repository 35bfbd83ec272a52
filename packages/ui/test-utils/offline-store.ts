/**
 * A stand-in for the server store, for element tests and stories: a MemoryStore that can go
 * offline. While offline it behaves as the HTTP store promises to: a vote, an anonymous pledge,
 * a join or a record is kept in an outbox and the call rejects with a `QueuedError`; a named
 * pledge and every facilitator action reject with `storage-unavailable`. `goOnline()` then
 * applies what waits, in order, and tells outbox listeners what was sent (with the real
 * result) or refused. Reads always answer, as from a cache.
 */
import {
  MemoryStore,
  PartnerKitError,
  QueuedError,
  StorageError,
  t,
  type CreatedPledge,
  type Outbox,
  type OutboxChangeKind,
  type OutboxEntry,
  type OutboxEvent,
  type Pledge,
  type PledgeUpdate,
  type Poll,
  type PollAction,
  type RecordCollection,
  type ReleasedResults,
  type Store,
  type StoredRecord,
  type StoreListener,
  type Topic,
  type Unsubscribe,
  type Vote,
} from '@partnerkit/core';

/** A change waiting in the outbox, with what applies it. */
interface Waiting {
  readonly entry: OutboxEntry;
  readonly apply: () => Promise<unknown>;
}

/** What `goOnline` may be told. */
export interface GoOnlineOptions {
  /** Refuse every waiting change with this error instead of applying it. */
  readonly refuse?: PartnerKitError;
}

/** A fake server store (`kind: 'http'`) over a MemoryStore, with an outbox and an offline switch. */
export class OfflineStore implements Store {
  readonly kind = 'http';
  /** The store that holds the data "on the server". */
  readonly inner: MemoryStore;
  /** The changes waiting on this device, as a server store's outbox. */
  readonly outbox: Outbox;

  /** When set, reads fail too while offline (a page opened again with the server out of reach). */
  readsFailOffline = false;
  private online = true;
  private waiting: Waiting[] = [];
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  private keys = 0;

  constructor(inner: MemoryStore = new MemoryStore()) {
    this.inner = inner;
    this.outbox = {
      pending: async () => this.waiting.map((waiting) => waiting.entry),
      subscribe: (listener) => {
        const own = (event: OutboxEvent) => listener(event);
        this.listeners.add(own);
        return () => void this.listeners.delete(own);
      },
      flush: () => this.flush(),
    };
  }

  /** Whether the "server" can be reached. */
  get isOnline(): boolean {
    return this.online;
  }

  /** Cuts the connection: from now on writes wait in the outbox. */
  goOffline(): void {
    this.online = false;
  }

  /** Restores the connection and sends (or refuses) everything waiting, oldest first. */
  async goOnline(options: GoOnlineOptions = {}): Promise<void> {
    this.online = true;
    await this.flush(options.refuse);
  }

  /** Keeps a change for later while offline (rejecting with its key), or applies it now. */
  private async write<T>(kind: OutboxChangeKind, target: string, participantId: string, apply: () => Promise<T>): Promise<T> {
    if (this.online) return apply();
    this.keys += 1;
    const entry: OutboxEntry = { key: `key-${this.keys}`, kind, target, participantId, queuedAt: new Date().toISOString(), attempts: 1 };
    this.waiting.push({ entry, apply });
    this.tell({ type: 'queued', entry });
    throw new QueuedError(entry.key);
  }

  /** A change that is never queued: refused while offline. */
  private async direct<T>(apply: () => Promise<T>): Promise<T> {
    if (this.online) return apply();
    throw new StorageError(
      'storage-unavailable',
      '',
      t('The server cannot be reached. Please try again once you are back online.', 'Le serveur est injoignable. Veuillez réessayer une fois de nouveau en ligne.'),
    );
  }

  private async flush(refuse?: PartnerKitError): Promise<void> {
    while (this.online && this.waiting.length > 0) {
      const { entry, apply } = this.waiting.shift()!;
      if (refuse !== undefined) {
        this.tell({ type: 'refused', entry, error: refuse });
        continue;
      }
      try {
        this.tell({ type: 'sent', entry, result: await apply() });
      } catch (error) {
        const refusal = error instanceof PartnerKitError ? error : new PartnerKitError('invalid', '', t('Refused.', 'Refusé.'));
        this.tell({ type: 'refused', entry, error: refusal });
      }
    }
  }

  private tell(event: OutboxEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  createPoll(poll: Poll): Promise<Poll> {
    return this.direct(() => this.inner.createPoll(poll));
  }
  getPoll(pollId: string): Promise<Poll | undefined> {
    return this.readsFailOffline ? this.direct(() => this.inner.getPoll(pollId)) : this.inner.getPoll(pollId);
  }
  updatePoll(pollId: string, action: PollAction): Promise<Poll> {
    return this.direct(() => this.inner.updatePoll(pollId, action));
  }
  castVote(vote: Vote): Promise<ReleasedResults> {
    return this.write('vote', vote.pollId, vote.participantId, () => this.inner.castVote(vote));
  }
  getOwnVote(pollId: string, participantId: string): Promise<Vote | undefined> {
    return this.inner.getOwnVote(pollId, participantId);
  }
  getResults(pollId: string): Promise<ReleasedResults> {
    return this.inner.getResults(pollId);
  }
  putRecord<T>(collection: RecordCollection, id: string, ownerId: string, value: T): Promise<StoredRecord<T>> {
    return this.write('record', `${collection}/${id}`, ownerId, () => this.inner.putRecord(collection, id, ownerId, value));
  }
  getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined> {
    return this.inner.getRecord<T>(collection, id);
  }
  listRecords<T>(collection: RecordCollection, filter?: { readonly ownerId?: string }): Promise<StoredRecord<T>[]> {
    return this.inner.listRecords<T>(collection, filter);
  }
  deleteRecord(collection: RecordCollection, id: string): Promise<boolean> {
    return this.write('record-delete', `${collection}/${id}`, '', () => this.inner.deleteRecord(collection, id));
  }
  createPledge(pledge: Pledge): Promise<CreatedPledge> {
    // A name never waits on a device: a named pledge needs the server now.
    if (pledge.name !== undefined) return this.direct(() => this.inner.createPledge(pledge));
    return this.write('pledge', pledge.wallId, '', () => this.inner.createPledge(pledge));
  }
  getPledge(pledgeId: string): Promise<Pledge | undefined> {
    return this.inner.getPledge(pledgeId);
  }
  updatePledge(pledgeId: string, ownerToken: string, update: PledgeUpdate): Promise<Pledge> {
    return this.direct(() => this.inner.updatePledge(pledgeId, ownerToken, update));
  }
  joinPledge(pledgeId: string, participantId: string): Promise<Pledge> {
    return this.write('join', pledgeId, participantId, () => this.inner.joinPledge(pledgeId, participantId));
  }
  listPledges(wallId: string): Promise<Pledge[]> {
    return this.inner.listPledges(wallId);
  }
  subscribe(topic: Topic, listener: StoreListener): Unsubscribe {
    return this.inner.subscribe(topic, listener);
  }
}
