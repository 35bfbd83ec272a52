/**
 * The client: the one object an app or a web component talks to. It ties a {@link Store} to
 * the models and checks every input before the store sees it, so bad input leaves the store
 * exactly as it was.
 */
import type { Ladder, ReleasedResults } from '../ladders/types.js';
import { createPledge, readPledgeDraft, readPledgeUpdate } from '../pledges/index.js';
import type { Pledge } from '../pledges/types.js';
import { createPollRecord, findLadder, readPollSettings } from '../polls/settings.js';
import type { Poll, Vote } from '../polls/types.js';
import { canSeeResults } from '../polls/visibility.js';
import { assertPollOpen, pollNotFound, readVoteInput } from '../polls/votes.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { invalid, PartnerKitError } from '../shared/errors.js';
import { randomId } from '../shared/ids.js';
import { t } from '../shared/text.js';
import { readBoolean, readId, readObject, readOptional } from '../shared/validate.js';
import type { CreatedPledge, PollAction, Store, StoredRecord, StoreListener, Unsubscribe } from '../store/types.js';
import { BUILT_IN_RECORD_READERS, readCollection, readRecordValue, withReaders, type RecordReader } from './records.js';

/** Options for {@link createClient}. */
export interface ClientOptions {
  /** Where data lives: a MemoryStore, a BrowserStore, an HTTP store or your own. */
  readonly store: Store;
  /** Who this client acts for (default: a new random anonymous id, `p_…`). */
  readonly participantId?: string;
  /** Where the client reads the time (default: the system clock). */
  readonly now?: Clock;
  /** Custom ladders polls may use besides the built-in ones (give the store the same list). */
  readonly ladders?: readonly Ladder[];
  /** Readers for extra record collections, by collection name. */
  readonly recordReaders?: Readonly<Record<string, RecordReader>>;
}

/** Per-vote options. */
export interface VoteOptions {
  /** Cast this vote as another participant (a shared kiosk tablet gives each person a new id). */
  readonly participantId?: string;
}

/** Poll operations. */
export interface PollsClient {
  /** Creates a poll from settings (`{ id, ladderId?, question?, resultsVisibility?, minGroupSize?, minNewVotes?, askSegment? }`). */
  create(settings: unknown): Promise<Poll>;
  /** The poll with this id, or `undefined`. */
  get(pollId: unknown): Promise<Poll | undefined>;
  /** Reopens a closed poll. */
  open(pollId: unknown): Promise<Poll>;
  /** Closes a poll and releases its final results. */
  close(pollId: unknown): Promise<Poll>;
  /** Shows the results of a `hidden` poll to everyone. */
  reveal(pollId: unknown): Promise<Poll>;
  /** Removes every vote and result and opens the poll again. */
  reset(pollId: unknown): Promise<Poll>;
  /** Casts (or replaces) this participant's vote `{ rung, segment? }`; returns the latest released results. */
  vote(pollId: unknown, input: unknown, options?: VoteOptions): Promise<ReleasedResults>;
  /** This participant's own vote, or `undefined`. */
  myVote(pollId: unknown): Promise<Vote | undefined>;
  /** The latest released (protected) results. */
  results(pollId: unknown): Promise<ReleasedResults>;
  /** Whether this participant may see the results now (see `canSeeResults`). */
  canSeeResults(pollId: unknown, viewer?: { readonly isFacilitator?: boolean }): Promise<boolean>;
  /** Hears released results and poll changes. */
  subscribe(pollId: unknown, listener: StoreListener): Unsubscribe;
}

/** Pledge operations. */
export interface PledgesClient {
  /** Makes a pledge from a draft `{ wallId, text, name?, nameConsent?, followUpDays? }`; keep the owner token. */
  make(draft: unknown): Promise<CreatedPledge>;
  /** Changes a pledge's status or reflection; needs the owner token given when it was made. */
  update(pledgeId: unknown, ownerToken: unknown, input: unknown): Promise<Pledge>;
  /** Joins a pledge ("I'll do this too"); joining twice counts once. */
  join(pledgeId: unknown): Promise<Pledge>;
  /** The pledges of a wall, newest first. */
  wall(wallId: unknown): Promise<Pledge[]>;
  /** Hears pledges made, changed or joined on a wall. */
  subscribeWall(wallId: unknown, listener: StoreListener): Unsubscribe;
}

/** Record operations (assessments, contributions, acknowledgements, loop items). */
export interface RecordsClient {
  /** Checks a record with its collection's reader and saves it as this participant's. */
  save<T = unknown>(collection: unknown, id: unknown, value: unknown): Promise<StoredRecord<T>>;
  /** A record by id, or `undefined`. */
  get<T = unknown>(collection: unknown, id: unknown): Promise<StoredRecord<T> | undefined>;
  /** This participant's own records in a collection, by id. */
  list<T = unknown>(collection: unknown): Promise<StoredRecord<T>[]>;
  /** Deletes one of this participant's records; `false` when there was none. */
  remove(collection: unknown, id: unknown): Promise<boolean>;
}

/** A client bound to one store and one participant. */
export interface PartnerKitClient {
  /** Who this client acts for. */
  readonly participantId: string;
  /** The store underneath. */
  readonly store: Store;
  /** Creates, runs and votes in polls. */
  readonly polls: PollsClient;
  /** Makes, changes and joins pledges. */
  readonly pledges: PledgesClient;
  /** Saves and reads this participant's records. */
  readonly records: RecordsClient;
  /**
   * The same client acting for another participant: `id` when given, otherwise a new random
   * anonymous id (for a shared kiosk, one per person).
   */
  withParticipant(id?: unknown): PartnerKitClient;
}

/** Makes a client for a store. Every method checks its input and rejects only with PartnerKitErrors. */
export function createClient(options: ClientOptions): PartnerKitClient {
  return createClientWithReaders(options, BUILT_IN_RECORD_READERS);
}

/**
 * The same as {@link createClient}, but the record collections it knows are `baseReaders`
 * (instead of every built-in one) plus `options.recordReaders`. A bundle that uses only this
 * function holds only the models of those collections.
 */
export function createClientWithReaders(options: ClientOptions, baseReaders: ReadonlyMap<string, RecordReader>): PartnerKitClient {
  if (typeof options !== 'object' || options === null || typeof options.store !== 'object' || options.store === null) {
    throw invalid('required', 'store', t('Please give the client a store.', 'Veuillez donner un magasin de données au client.'));
  }
  const participantId = options.participantId === undefined ? newParticipantId() : readId(options.participantId, 'participantId');
  return buildClient({
    store: options.store,
    participantId,
    now: options.now ?? systemClock,
    ladders: options.ladders ?? [],
    readers: withReaders(baseReaders, options.recordReaders),
  });
}

/** A new random anonymous participant id, `p_` and 20 letters or digits. */
export function newParticipantId(): string {
  return randomId('p_');
}

interface ClientContext {
  readonly store: Store;
  readonly participantId: string;
  readonly now: Clock;
  readonly ladders: readonly Ladder[];
  readonly readers: ReadonlyMap<string, RecordReader>;
}

function buildClient(context: ClientContext): PartnerKitClient {
  const { store, participantId, now, ladders, readers } = context;

  const mustGetPoll = async (pollId: string): Promise<Poll> => {
    const poll = await store.getPoll(pollId);
    if (poll === undefined) throw pollNotFound(pollId);
    return poll;
  };
  const act = async (pollId: unknown, action: PollAction): Promise<Poll> => store.updatePoll(readId(pollId, 'pollId'), action);

  const polls: PollsClient = {
    async create(settings) {
      const read = readPollSettings(settings, { ladders });
      return store.createPoll(createPollRecord(read, now()));
    },
    async get(pollId) {
      return store.getPoll(readId(pollId, 'pollId'));
    },
    open: (pollId) => act(pollId, 'open'),
    close: (pollId) => act(pollId, 'close'),
    reveal: (pollId) => act(pollId, 'reveal'),
    reset: (pollId) => act(pollId, 'reset'),
    async vote(pollId, input, voteOptions) {
      const id = readId(pollId, 'pollId');
      const voter = readVoter(voteOptions) ?? participantId;
      const poll = await mustGetPoll(id);
      assertPollOpen(poll);
      const vote = readVoteInput(poll, findLadder(poll.ladderId, ladders), input);
      return store.castVote({
        pollId: id,
        participantId: voter,
        rungId: vote.rungId,
        ...(vote.segment !== undefined && { segment: vote.segment }),
        at: now().toISOString(),
      });
    },
    async myVote(pollId) {
      return store.getOwnVote(readId(pollId, 'pollId'), participantId);
    },
    async results(pollId) {
      return store.getResults(readId(pollId, 'pollId'));
    },
    async canSeeResults(pollId, viewer = {}) {
      const id = readId(pollId, 'pollId');
      const raw = readObject(viewer, 'viewer', ['isFacilitator']);
      const isFacilitator = readOptional(raw.isFacilitator, 'viewer.isFacilitator', readBoolean) ?? false;
      const poll = await mustGetPoll(id);
      const hasVoted = (await store.getOwnVote(id, participantId)) !== undefined;
      return canSeeResults(poll, { hasVoted, isFacilitator });
    },
    subscribe(pollId, listener) {
      return store.subscribe(`poll:${readId(pollId, 'pollId')}`, readListener(listener));
    },
  };

  const pledges: PledgesClient = {
    async make(draftInput) {
      const draft = readPledgeDraft(draftInput);
      return store.createPledge(createPledge(draft, { id: randomId('pledge_'), now: now() }));
    },
    async update(pledgeId, ownerToken, input) {
      const id = readId(pledgeId, 'pledgeId');
      const token = readId(ownerToken, 'ownerToken');
      return store.updatePledge(id, token, readPledgeUpdate(input));
    },
    async join(pledgeId) {
      return store.joinPledge(readId(pledgeId, 'pledgeId'), participantId);
    },
    async wall(wallId) {
      return store.listPledges(readId(wallId, 'wallId'));
    },
    subscribeWall(wallId, listener) {
      return store.subscribe(`wall:${readId(wallId, 'wallId')}`, readListener(listener));
    },
  };

  const records: RecordsClient = {
    async save<T>(collection: unknown, id: unknown, value: unknown) {
      const name = readCollection(readers, collection);
      const recordId = readId(id, 'id');
      const checked = (await readRecordValue(readers, name, recordId, value)) as T;
      return store.putRecord<T>(name, recordId, participantId, checked);
    },
    async get<T>(collection: unknown, id: unknown) {
      return store.getRecord<T>(readCollection(readers, collection), readId(id, 'id'));
    },
    async list<T>(collection: unknown) {
      return store.listRecords<T>(readCollection(readers, collection), { ownerId: participantId });
    },
    async remove(collection, id) {
      const name = readCollection(readers, collection);
      const recordId = readId(id, 'id');
      const existing = await store.getRecord(name, recordId);
      if (existing === undefined) return false;
      if (existing.ownerId !== participantId) {
        throw new PartnerKitError('forbidden', 'id', t('This record belongs to someone else. You cannot delete it.', 'Cet enregistrement appartient à quelqu’un d’autre. Vous ne pouvez pas le supprimer.'));
      }
      return store.deleteRecord(name, recordId);
    },
  };

  return {
    participantId,
    store,
    polls,
    pledges,
    records,
    withParticipant(id) {
      const next = id === undefined ? newParticipantId() : readId(id, 'participantId');
      return buildClient({ ...context, participantId: next });
    },
  };
}

function readVoter(options: unknown): string | undefined {
  if (options === undefined) return undefined;
  const raw = readObject(options, 'options', ['participantId']);
  return readOptional(raw.participantId, 'options.participantId', readId);
}

function readListener(listener: unknown): StoreListener {
  if (typeof listener !== 'function') {
    throw invalid('wrong-type', 'listener', t('This should be a function.', 'Ceci devrait être une fonction.'));
  }
  return listener as StoreListener;
}
