/**
 * The Store interface: where PartnerKit keeps its data. The SDK ships a memory store, a
 * browser store and (later) an HTTP store; an integrator can write one for their own system
 * and every element works with it.
 *
 * Rules every store keeps:
 * - Raw votes never leave the store except a participant's own vote; results come out only
 *   as {@link ReleasedResults}, already protected for small groups.
 * - Input arrives already validated by the client; a store may validate again (the server does).
 * - Methods reject only with {@link PartnerKitError}s.
 * - Later models add optional methods or new record collections, so an existing store keeps
 *   compiling and working.
 */
import type { ReleasedResults } from '../ladders/types.js';
import type { Poll, Vote } from '../polls/types.js';
import type { Pledge, PledgeUpdate } from '../pledges/types.js';
import type { PartnerKitError } from '../shared/errors.js';

/** What a facilitator can do to a poll. */
export type PollAction = 'open' | 'close' | 'reveal' | 'reset';

/** Collections of records a person may write and read back. New models add names here. */
export type RecordCollection = 'assessments' | 'contributions' | 'acknowledgements' | 'loop-items' | (string & {});

/** A stored record with its bookkeeping. */
export interface StoredRecord<T = unknown> {
  /** The collection the record belongs to. */
  readonly collection: RecordCollection;
  /** The record's id, unique within its collection. */
  readonly id: string;
  /** Participant or person who wrote it. */
  readonly ownerId: string;
  /** The data itself. */
  readonly value: T;
  /** Starts at 1, goes up with each write. */
  readonly revision: number;
  /** When it was last written (ISO 8601). */
  readonly updatedAt: string;
}

/** A pledge just made, with the secret that lets its maker change it later. */
export interface CreatedPledge {
  /** The pledge as stored. */
  readonly pledge: Pledge;
  /** Keep this: only whoever holds it can update the pledge. Never shown on a wall. */
  readonly ownerToken: string;
}

/** Topics one can subscribe to: `poll:<id>` (released results, poll state) and `wall:<id>`. */
export type Topic = `poll:${string}` | `wall:${string}`;

/** What a subscriber hears. */
export type StoreEvent =
  | {
      /** The topic the event was sent on. */
      readonly topic: Topic;
      /** New results were released. */
      readonly type: 'results';
      /** The newly released (protected) results. */
      readonly results: ReleasedResults;
    }
  | {
      /** The topic the event was sent on. */
      readonly topic: Topic;
      /** A poll was created or changed. */
      readonly type: 'poll';
      /** The poll as it is now. */
      readonly poll: Poll;
    }
  | {
      /** The topic the event was sent on. */
      readonly topic: Topic;
      /** A pledge was made, changed or joined. */
      readonly type: 'pledge';
      /** The pledge as it is now, as shown on a wall. */
      readonly pledge: Pledge;
    };

/** Called with each event on a topic. */
export type StoreListener = (event: StoreEvent) => void;

/** Stops a subscription. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/** What kind of change waits in an outbox, so an element can tell whose it is. */
export type OutboxChangeKind = 'vote' | 'pledge' | 'join' | 'record' | 'record-delete';

/** A change waiting on this device to reach the server. Holds no names. */
export interface OutboxEntry {
  /** The change's idempotency key, made before the first attempt; also its id here. */
  readonly key: string;
  /** What kind of change it is. */
  readonly kind: OutboxChangeKind;
  /** What it is about: the poll id (vote), wall id (pledge), pledge id (join) or `collection/id` (record). */
  readonly target: string;
  /** The participant who made it. */
  readonly participantId: string;
  /** When it was first saved (ISO 8601). */
  readonly queuedAt: string;
  /** How many times sending it has been tried. */
  readonly attempts: number;
}

/** What an outbox tells its listeners. */
export type OutboxEvent =
  | {
      /** A change could not be sent at once and now waits on this device. */
      readonly type: 'queued';
      /** The change. */
      readonly entry: OutboxEntry;
    }
  | {
      /** A change that waited has reached the server; `result` is what the server answered. */
      readonly type: 'sent';
      /** The change. */
      readonly entry: OutboxEntry;
      /** The answer, as the store method would have resolved (results, pledge…). */
      readonly result: unknown;
    }
  | {
      /** The server refused a change that waited (for example the poll closed meanwhile); it is dropped. */
      readonly type: 'refused';
      /** The change. */
      readonly entry: OutboxEntry;
      /** Why, in plain words. */
      readonly error: PartnerKitError;
    };

/**
 * Changes a store could not send yet (a server store, offline). Every change is sent exactly
 * once, in order, across reloads; nothing in it names a person.
 */
export interface Outbox {
  /** The changes waiting now, oldest first. */
  pending(): Promise<readonly OutboxEntry[]>;
  /** Hears changes being queued, sent or refused. */
  subscribe(listener: (event: OutboxEvent) => void): Unsubscribe;
  /** Tries to send what waits now, without waiting for the next retry. */
  flush(): Promise<void>;
}

/** The seam between PartnerKit and wherever data lives. */
export interface Store {
  /** A short name for messages and logs: `memory`, `browser`, `http`, or the integrator's own. */
  readonly kind: string;

  /** Creates a poll; refuses an id already in use. */
  createPoll(poll: Poll): Promise<Poll>;
  /** The poll with this id, or `undefined` when there is none. */
  getPoll(pollId: string): Promise<Poll | undefined>;
  /** Opens, closes, reveals results of, or resets (removes every vote of) a poll. */
  updatePoll(pollId: string, action: PollAction): Promise<Poll>;
  /** Casts a vote, or replaces this participant's earlier vote. Refused when the poll is closed. */
  castVote(vote: Vote): Promise<ReleasedResults>;
  /** A participant's own vote, to show them what they chose. */
  getOwnVote(pollId: string, participantId: string): Promise<Vote | undefined>;
  /** The latest released (protected) results. */
  getResults(pollId: string): Promise<ReleasedResults>;

  /** Writes a record, or replaces its earlier version (revision goes up by one). Refused when another owner wrote it. */
  putRecord<T>(collection: RecordCollection, id: string, ownerId: string, value: T): Promise<StoredRecord<T>>;
  /** The record with this id in the collection, or `undefined` when there is none. */
  getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined>;
  /** The records of a collection, sorted by id; only one owner's when `filter.ownerId` is given. */
  listRecords<T>(collection: RecordCollection, filter?: { readonly ownerId?: string }): Promise<StoredRecord<T>[]>;
  /** Removes a record; resolves to `true` when there was one to remove. */
  deleteRecord(collection: RecordCollection, id: string): Promise<boolean>;

  /** Makes a pledge and returns it with the owner token needed to change it later. */
  createPledge(pledge: Pledge): Promise<CreatedPledge>;
  /** The pledge with this id, or `undefined` when there is none. */
  getPledge(pledgeId: string): Promise<Pledge | undefined>;
  /** Changes a pledge; refused unless `ownerToken` is the one given at creation. */
  updatePledge(pledgeId: string, ownerToken: string, update: PledgeUpdate): Promise<Pledge>;
  /** Adds a participant to those doing the pledge too; joining twice counts once. */
  joinPledge(pledgeId: string, participantId: string): Promise<Pledge>;
  /** The pledges of a wall, newest first. */
  listPledges(wallId: string): Promise<Pledge[]>;

  /** Hears changes on a topic, from this page, other tabs or (HTTP) other people. */
  subscribe(topic: Topic, listener: StoreListener): Unsubscribe;

  /**
   * Changes waiting to reach a server (only stores that talk to one have it). When a change
   * cannot be sent, the method rejects with a `queued` error (a `QueuedError`) and the change
   * waits here.
   */
  readonly outbox?: Outbox;

  /** Releases whatever the store holds (connections, listeners). Optional. */
  close?(): Promise<void>;
}
