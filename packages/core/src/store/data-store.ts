/**
 * The one store engine. It keeps a {@link StoreState} and does every store operation on it;
 * the memory store and the browser store are this engine with or without a way to save.
 *
 * Each change is atomic: the engine checks the input, changes its state while keeping an
 * undo log, computes results, then saves. If any step fails (bad input, a full disk, a full
 * browser storage) every change is put back and the operation rejects; nothing is half done.
 * Changes made in the same microtask burst share one save (see `mutate`).
 */
import { initialRelease, releaseResults, reopenRelease } from '../ladders/index.js';
import type { Ladder, ReleasedResults } from '../ladders/types.js';
import { applyPledgeUpdate, publicPledge, wallListing } from '../pledges/index.js';
import type { Pledge, PledgeUpdate } from '../pledges/types.js';
import { applyPollAction, readPollAction } from '../polls/actions.js';
import { findLadder } from '../polls/settings.js';
import type { Poll, Vote } from '../polls/types.js';
import { assertPollOpen, pollNotFound, readVoteInput, voteEffect } from '../polls/votes.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { invalid, isPartnerKitError, notFound, PartnerKitError } from '../shared/errors.js';
import { randomId } from '../shared/ids.js';
import { compareText, t } from '../shared/text.js';
import { isId, readDate, readId } from '../shared/validate.js';
import { cloneState, dict, emptyState, own, seal, type Dict, type StoreState } from './state.js';
import { PollCounts } from './poll-counts.js';
import { Transaction } from './transaction.js';
import type {
  CreatedPledge,
  PollAction,
  RecordCollection,
  Store,
  StoredRecord,
  StoreEvent,
  StoreListener,
  Topic,
  Unsubscribe,
} from './types.js';

/**
 * Where an engine keeps its state between page loads or runs. All methods are synchronous
 * and may throw a PartnerKitError (for example a StorageError when storage is full).
 */
export interface StatePersistence {
  /** Reads the saved state, migrated to the current format; `undefined` when nothing is saved. */
  load(): StoreState | undefined;
  /** Saves the whole state. Must throw, not drop data silently, when it cannot. */
  save(state: StoreState): void;
  /**
   * True when the saved state may have been changed by someone else (another tab) since the
   * last load or save. The engine then loads again before its next operation.
   */
  changedElsewhere?(): boolean;
  /** Calls `listener` when someone else changes the saved state; returns a way to stop. */
  onExternalChange?(listener: () => void): () => void;
}

/** Options for a {@link DataStore}. */
export interface DataStoreOptions {
  /** The store's name for messages and logs (default `memory`). */
  readonly kind?: string;
  /** Where to save; without it, data lives in memory only. */
  readonly persistence?: StatePersistence;
  /** Where the store reads the time (default: the system clock). */
  readonly now?: Clock;
  /** Custom ladders polls may use besides the built-in ones. */
  readonly ladders?: readonly Ladder[];
  /** Hears errors thrown by subscribers (default: `console.error`). The store carries on. */
  readonly onListenerError?: (error: unknown, event: StoreEvent) => void;
  /** Hears errors met while loading data changed elsewhere (default: `console.error`). */
  readonly onSyncError?: (error: PartnerKitError) => void;
}

const TOPIC_PATTERN = /^(poll|wall):(.*)$/;

/**
 * The store engine: implements {@link Store} over a plain JSON state, optionally saved
 * through a {@link StatePersistence}. Emits `results` events on `poll:<id>` only when a new
 * result is released, `poll` events when a poll changes, and `pledge` events on
 * `wall:<id>` when a pledge is made, changed or joined.
 */
export class DataStore implements Store {
  readonly kind: string;
  private state: StoreState = emptyState();
  private loaded = false;
  /** A load failure met before anyone could hear about it, reported by the next operation. */
  private pendingError: PartnerKitError | undefined;
  private readonly persistence: StatePersistence | undefined;
  private readonly now: Clock;
  private readonly ladders: readonly Ladder[];
  private readonly listeners = new Map<Topic, Set<StoreListener>>();
  /** Running counts per poll id, derived from the votes (see {@link PollCounts}). */
  private readonly counts = new Map<string, PollCounts>();
  private readonly onListenerError: (error: unknown, event: StoreEvent) => void;
  private readonly onSyncError: (error: PartnerKitError) => void;
  private readonly stopWatching: (() => void) | undefined;
  /** Changes made but not saved yet, oldest first; `undefined` when none wait. */
  private unsaved: { readonly tx: Transaction; readonly done: () => void; readonly fail: (error: PartnerKitError) => void }[] | undefined;

  constructor(options: DataStoreOptions = {}) {
    this.kind = options.kind ?? 'memory';
    this.persistence = options.persistence;
    this.now = options.now ?? systemClock;
    this.ladders = options.ladders ?? [];
    this.onListenerError = options.onListenerError ?? ((error) => console.error('PartnerKit: a store listener failed.', error));
    this.onSyncError = options.onSyncError ?? ((error) => console.error('PartnerKit: could not load changed data.', error));
    if (this.persistence === undefined) {
      this.loaded = true;
    } else {
      // A failure here is kept and reported by the first operation (which then loads again).
      try {
        this.sync();
      } catch (error) {
        this.pendingError = asPartnerKitError(error);
      }
      this.stopWatching = this.persistence.onExternalChange?.(() => this.syncFromElsewhere());
    }
  }

  /** A deep copy of everything the store holds (raw votes and owner tokens included: keep it private). */
  snapshot(): StoreState {
    return cloneState(this.state);
  }

  // ---- Polls ---------------------------------------------------------------------------

  async createPoll(poll: Poll): Promise<Poll> {
    return this.mutate((tx, state) => {
      const id = readId(poll?.id, 'id');
      const ladder = this.ladderOf(poll);
      if (own(state.polls, id) !== undefined) {
        throw new PartnerKitError('conflict', 'id', t(`A poll with the id "${id}" already exists. Please choose another id.`, `Un sondage avec l’identifiant « ${id} » existe déjà. Veuillez choisir un autre identifiant.`));
      }
      const stored = seal(poll, '');
      tx.set(state.polls, id, stored);
      tx.set(state.votes, id, dict<Vote>());
      tx.set(state.changeCounts, id, 0);
      tx.set(state.pendingVoters, id, dict<true>());
      const release = seal(initialRelease(id, ladder, stored.minGroupSize, this.timestamp()), '');
      tx.set(state.releases, id, release);
      tx.emit({ topic: `poll:${id}`, type: 'poll', poll: stored });
      return stored;
    });
  }

  async getPoll(pollId: string): Promise<Poll | undefined> {
    return this.read((state) => own(state.polls, readId(pollId, 'pollId')));
  }

  async updatePoll(pollId: string, action: PollAction): Promise<Poll> {
    return this.mutate((tx, state) => {
      const id = readId(pollId, 'pollId');
      const checkedAction = readPollAction(action);
      const poll = this.mustGetPoll(state, id);
      const next = applyPollAction(poll, checkedAction);
      const stored = next === poll ? poll : seal(next, '');
      if (stored !== poll) {
        tx.set(state.polls, id, stored);
        tx.emit({ topic: `poll:${id}`, type: 'poll', poll: stored });
      }
      if (checkedAction === 'reset') {
        this.counts.delete(id);
        tx.onRollback(() => this.counts.delete(id));
        tx.set(state.votes, id, dict<Vote>());
        tx.set(state.changeCounts, id, 0);
        tx.set(state.pendingVoters, id, dict<true>());
        const fresh = seal(initialRelease(id, this.ladderOf(stored), stored.minGroupSize, this.timestamp()), '');
        this.setRelease(tx, state, id, fresh);
      } else if (checkedAction === 'close' && stored !== poll) {
        this.release(tx, state, stored, true);
      } else if (checkedAction === 'open' && stored !== poll) {
        this.reopenRelease(tx, state, stored);
      }
      return stored;
    });
  }

  async castVote(vote: Vote): Promise<ReleasedResults> {
    return this.mutate((tx, state) => {
      if (typeof vote !== 'object' || vote === null) {
        throw invalid('wrong-type', '', t('This should be a vote.', 'Ceci devrait être un vote.'));
      }
      const pollId = readId(vote.pollId, 'pollId');
      const participantId = readId(vote.participantId, 'participantId');
      const poll = this.mustGetPoll(state, pollId);
      assertPollOpen(poll);
      const ladder = this.ladderOf(poll);
      const input = readVoteInput(poll, ladder, vote.segment === undefined ? { rung: vote.rungId } : { rung: vote.rungId, segment: vote.segment });
      const at = readDate(vote.at, 'at');
      const votes = this.pollVotes(tx, state, pollId);
      const previous = own(votes, participantId);
      const pending = own(state.pendingVoters, pollId);
      const effect = voteEffect(previous, input, own(pending, participantId) !== undefined);
      if (!effect.changed) return this.currentRelease(state, poll); // the same choice again changes nothing
      const stored: Vote = Object.freeze({ pollId, participantId, rungId: input.rungId, ...(input.segment !== undefined && { segment: input.segment }), at });
      const counts = this.countsOf(poll, ladder, votes);
      tx.onRollback(() => this.counts.delete(pollId));
      if (previous !== undefined) counts.add(previous, -1);
      counts.add(stored, 1);
      tx.set(votes, participantId, stored);
      // Count each participant once until the next release, however often they change.
      if (effect.countsAsNew) {
        tx.set(state.pendingVoters, pollId, Object.assign(dict<true>(), pending, { [participantId]: true as const }));
        tx.set(state.changeCounts, pollId, (own(state.changeCounts, pollId) ?? 0) + 1);
      }
      return this.release(tx, state, poll, false);
    });
  }

  async getOwnVote(pollId: string, participantId: string): Promise<Vote | undefined> {
    return this.read((state) => own(own(state.votes, readId(pollId, 'pollId')), readId(participantId, 'participantId')));
  }

  async getResults(pollId: string): Promise<ReleasedResults> {
    return this.read((state) => this.currentRelease(state, this.mustGetPoll(state, readId(pollId, 'pollId'))));
  }

  // ---- Records -------------------------------------------------------------------------

  async putRecord<T>(collection: RecordCollection, id: string, ownerId: string, value: T): Promise<StoredRecord<T>> {
    return this.mutate((tx, state) => {
      const name = readId(collection, 'collection');
      const recordId = readId(id, 'id');
      const owner = readId(ownerId, 'ownerId');
      const existing = own(own(state.records, name), recordId);
      if (existing !== undefined && existing.ownerId !== owner) {
        throw new PartnerKitError('forbidden', 'id', t('This record belongs to someone else. You cannot change it.', 'Cet enregistrement appartient à quelqu’un d’autre. Vous ne pouvez pas le modifier.'));
      }
      const stored: StoredRecord<T> = Object.freeze({
        collection: name,
        id: recordId,
        ownerId: owner,
        value: seal(value, 'value'),
        revision: (existing?.revision ?? 0) + 1,
        updatedAt: this.timestamp(),
      });
      let records = own(state.records, name);
      if (records === undefined) {
        records = dict<StoredRecord>();
        tx.set(state.records, name, records);
      }
      tx.set(records, recordId, stored);
      return stored;
    });
  }

  async getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined> {
    return this.read((state) => own(own(state.records, readId(collection, 'collection')), readId(id, 'id')) as StoredRecord<T> | undefined);
  }

  async listRecords<T>(collection: RecordCollection, filter: { readonly ownerId?: string } = {}): Promise<StoredRecord<T>[]> {
    return this.read((state) => {
      const records = own(state.records, readId(collection, 'collection'));
      const ownerId = filter?.ownerId === undefined ? undefined : readId(filter.ownerId, 'ownerId');
      const list: StoredRecord<T>[] = [];
      if (records === undefined) return list;
      for (const record of Object.values(records)) {
        if (ownerId === undefined || record.ownerId === ownerId) list.push(record as StoredRecord<T>);
      }
      return list.sort((a, b) => compareText(a.id, b.id));
    });
  }

  async deleteRecord(collection: RecordCollection, id: string): Promise<boolean> {
    return this.mutate((tx, state) => {
      const records = own(state.records, readId(collection, 'collection'));
      const recordId = readId(id, 'id');
      if (records === undefined || own(records, recordId) === undefined) return false;
      tx.remove(records, recordId);
      return true;
    });
  }

  // ---- Pledges -------------------------------------------------------------------------

  async createPledge(pledge: Pledge): Promise<CreatedPledge> {
    return this.mutate((tx, state) => {
      const id = readId(pledge?.id, 'id');
      const wallId = readId(pledge.wallId, 'wallId');
      if (own(state.pledges, id) !== undefined) {
        throw new PartnerKitError('conflict', 'id', t(`A pledge with the id "${id}" already exists.`, `Un engagement avec l’identifiant « ${id} » existe déjà.`));
      }
      // A name given without consent is never kept.
      const stored = seal(publicPledge(pledge), '');
      const ownerToken = randomId('', 32);
      tx.set(state.pledges, id, stored);
      tx.set(state.pledgeTokens, id, ownerToken);
      tx.set(state.joiners, id, dict<true>());
      tx.emit({ topic: `wall:${wallId}`, type: 'pledge', pledge: stored });
      return { pledge: stored, ownerToken };
    });
  }

  async getPledge(pledgeId: string): Promise<Pledge | undefined> {
    return this.read((state) => own(state.pledges, readId(pledgeId, 'pledgeId')));
  }

  async updatePledge(pledgeId: string, ownerToken: string, update: PledgeUpdate): Promise<Pledge> {
    return this.mutate((tx, state) => {
      const id = readId(pledgeId, 'pledgeId');
      const pledge = this.mustGetPledge(state, id);
      if (!sameSecret(ownerToken, own(state.pledgeTokens, id))) {
        throw new PartnerKitError('forbidden', 'ownerToken', t('Only the person who made this pledge can change it.', 'Seule la personne qui a pris cet engagement peut le modifier.'));
      }
      const stored = seal(applyPledgeUpdate(pledge, update, this.timestamp()), '');
      tx.set(state.pledges, id, stored);
      tx.emit({ topic: `wall:${stored.wallId}`, type: 'pledge', pledge: stored });
      return stored;
    });
  }

  async joinPledge(pledgeId: string, participantId: string): Promise<Pledge> {
    return this.mutate((tx, state) => {
      const id = readId(pledgeId, 'pledgeId');
      const participant = readId(participantId, 'participantId');
      const pledge = this.mustGetPledge(state, id);
      let joiners = own(state.joiners, id);
      if (joiners === undefined) {
        joiners = dict<true>();
        tx.set(state.joiners, id, joiners);
      }
      if (own(joiners, participant) === true) return pledge; // joining twice counts once
      tx.set(joiners, participant, true);
      const stored: Pledge = Object.freeze({ ...pledge, joinCount: pledge.joinCount + 1 });
      tx.set(state.pledges, id, stored);
      tx.emit({ topic: `wall:${stored.wallId}`, type: 'pledge', pledge: stored });
      return stored;
    });
  }

  async listPledges(wallId: string): Promise<Pledge[]> {
    return this.read((state) => {
      const wall = readId(wallId, 'wallId');
      const onWall: Pledge[] = [];
      for (const pledge of Object.values(state.pledges)) if (pledge.wallId === wall) onWall.push(pledge);
      return [...wallListing(onWall)];
    });
  }

  // ---- Events --------------------------------------------------------------------------

  subscribe(topic: Topic, listener: StoreListener): Unsubscribe {
    const match = typeof topic === 'string' ? TOPIC_PATTERN.exec(topic) : null;
    if (match === null || !isId(match[2])) {
      throw invalid('invalid', 'topic', t('A topic looks like "poll:<id>" or "wall:<id>".', 'Un sujet a la forme « poll:<id> » ou « wall:<id> ».'));
    }
    if (typeof listener !== 'function') {
      throw invalid('wrong-type', 'listener', t('This should be a function.', 'Ceci devrait être une fonction.'));
    }
    // Wrapping gives each subscription its own identity, so the same function may subscribe twice.
    const entry: StoreListener = (event) => listener(event);
    let set = this.listeners.get(topic);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(topic, set);
    }
    set.add(entry);
    return () => {
      const current = this.listeners.get(topic);
      if (current === undefined) return;
      current.delete(entry);
      if (current.size === 0) this.listeners.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.flush();
    this.stopWatching?.();
    this.listeners.clear();
  }

  /** Loads the saved state again if someone else changed it, and tells subscribers what changed. */
  refresh(): void {
    this.syncFromElsewhere();
  }

  // ---- Engine --------------------------------------------------------------------------

  /** Runs a read after making sure the state is current. */
  private read<T>(work: (state: StoreState) => T): T {
    try {
      this.sync();
      return work(this.state);
    } catch (error) {
      throw asPartnerKitError(error);
    }
  }

  /**
   * Runs a change atomically: everything is put back if any step, saving included, fails.
   * With a persistence, the save waits for the end of the current microtask burst, so that
   * many changes made together (a page of elements starting up) cost one save; each change's
   * promise settles, and its events go out, only once that save succeeded. If it fails, every
   * change of the batch is put back and rejects with the same error. No task can run in
   * between (not even the page being hidden or closed), so nothing waits where it could be lost.
   */
  private mutate<T>(work: (tx: Transaction, state: StoreState) => T): Promise<T> {
    const tx = new Transaction();
    let result: T;
    try {
      this.sync();
      result = work(tx, this.state);
    } catch (error) {
      tx.rollback();
      return Promise.reject(asPartnerKitError(error));
    }
    if (!tx.changed || this.persistence === undefined) {
      this.deliver(tx.events);
      return Promise.resolve(result);
    }
    return new Promise<T>((resolve, reject) => {
      if (this.unsaved === undefined) {
        this.unsaved = [];
        queueMicrotask(() => this.flush());
      }
      this.unsaved.push({ tx, done: () => resolve(result), fail: reject });
    });
  }

  /** Saves the changes waiting since the last save, then settles them (see `mutate`). */
  private flush(): void {
    const batch = this.unsaved;
    if (batch === undefined) return;
    this.unsaved = undefined;
    try {
      this.persistence?.save(this.state);
    } catch (error) {
      for (let index = batch.length - 1; index >= 0; index--) batch[index]!.tx.rollback();
      const failure = asPartnerKitError(error);
      for (const change of batch) change.fail(failure);
      return;
    }
    for (const change of batch) {
      this.deliver(change.tx.events);
      change.done();
    }
  }

  /** Loads the saved state when it is not loaded yet or was changed elsewhere. */
  private sync(): void {
    const persistence = this.persistence;
    if (persistence === undefined) return;
    const pending = this.pendingError;
    if (pending !== undefined) {
      this.pendingError = undefined;
      throw pending;
    }
    // Changes waiting to be saved win: they are written over the stored value within this burst.
    if (this.loaded && (this.unsaved !== undefined || !(persistence.changedElsewhere?.() ?? false))) return;
    let next: StoreState;
    try {
      next = persistence.load() ?? emptyState();
    } catch (error) {
      // Refuse to work on (and later overwrite) data we could not read.
      this.loaded = false;
      throw error;
    }
    const previous = this.state;
    this.state = next;
    this.counts.clear();
    this.loaded = true;
    this.deliver(changesBetween(previous, next));
  }

  private syncFromElsewhere(): void {
    try {
      this.sync();
    } catch (error) {
      this.onSyncError(asPartnerKitError(error));
    }
  }

  private deliver(events: readonly StoreEvent[]): void {
    for (const event of events) {
      const set = this.listeners.get(event.topic);
      if (set === undefined) continue;
      for (const listener of [...set]) {
        try {
          listener(event);
        } catch (error) {
          try {
            this.onListenerError(error, event);
          } catch {
            // An error reporter that fails must not break the store either.
          }
        }
      }
    }
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private ladderOf(poll: Poll): Ladder {
    return findLadder(poll.ladderId, this.ladders, 'ladderId');
  }

  private mustGetPoll(state: StoreState, id: string): Poll {
    const poll = own(state.polls, id);
    if (poll === undefined) throw pollNotFound(id);
    return poll;
  }

  private mustGetPledge(state: StoreState, id: string): Pledge {
    const pledge = own(state.pledges, id);
    if (pledge === undefined) throw notFound('pledgeId', t('the pledge', 'l’engagement'), id);
    return pledge;
  }

  private pollVotes(tx: Transaction, state: StoreState, pollId: string): Dict<Vote> {
    let votes = own(state.votes, pollId);
    if (votes === undefined) {
      votes = dict<Vote>();
      tx.set(state.votes, pollId, votes);
    }
    return votes;
  }

  private currentRelease(state: StoreState, poll: Poll): ReleasedResults {
    return own(state.releases, poll.id) ?? initialRelease(poll.id, this.ladderOf(poll), poll.minGroupSize, poll.createdAt);
  }

  /** Protects the poll's current tally and releases it when the release rules allow. */
  private release(tx: Transaction, state: StoreState, poll: Poll, closed: boolean): ReleasedResults {
    const previous = this.currentRelease(state, poll);
    const next = releaseResults({
      pollId: poll.id,
      previous,
      result: this.countsOf(poll, this.ladderOf(poll), own(state.votes, poll.id)).protectedResult(poll),
      changeCount: own(state.changeCounts, poll.id) ?? 0,
      closed,
      minNewVotes: poll.minNewVotes,
      now: this.timestamp(),
    });
    if (next === previous) return previous;
    tx.set(state.pendingVoters, poll.id, dict<true>());
    const stored = seal(next, '');
    this.setRelease(tx, state, poll.id, stored);
    return stored;
  }

  /**
   * A reopened poll's final result stops being final: it is released again, unchanged, as a
   * live result. Later votes follow the usual release rules.
   */
  private reopenRelease(tx: Transaction, state: StoreState, poll: Poll): void {
    const current = this.currentRelease(state, poll);
    const next = reopenRelease(current, this.timestamp());
    if (next !== current) this.setRelease(tx, state, poll.id, seal(next, ''));
  }

  private setRelease(tx: Transaction, state: StoreState, pollId: string, release: ReleasedResults): void {
    const previous = own(state.releases, pollId);
    tx.set(state.releases, pollId, release);
    if (releaseChanged(previous, release)) tx.emit({ topic: `poll:${pollId}`, type: 'results', results: release });
  }

  /** The poll's running counts, built from its votes the first time they are needed. */
  private countsOf(poll: Poll, ladder: Ladder, votes: Dict<Vote> | undefined): PollCounts {
    let counts = this.counts.get(poll.id);
    if (counts === undefined) {
      counts = PollCounts.fromVotes(ladder, votes === undefined ? [] : Object.values(votes));
      this.counts.set(poll.id, counts);
    }
    return counts;
  }

}

/** True when two releases differ (a new version, or a fresh start after a reset). */
function releaseChanged(previous: ReleasedResults | undefined, next: ReleasedResults): boolean {
  return previous === undefined || previous.version !== next.version || previous.releasedAt !== next.releasedAt || previous.final !== next.final;
}

/** The events that tell subscribers how the state moved from `previous` to `next`. */
export function changesBetween(previous: StoreState, next: StoreState): StoreEvent[] {
  const events: StoreEvent[] = [];
  for (const [id, poll] of Object.entries(next.polls)) {
    const before = own(previous.polls, id);
    if (before === undefined || JSON.stringify(before) !== JSON.stringify(poll)) events.push({ topic: `poll:${id}`, type: 'poll', poll });
  }
  for (const [id, release] of Object.entries(next.releases)) {
    const before = own(previous.releases, id);
    // A new poll's empty first release (version 0) is no news; the poll event says it exists.
    const news = before === undefined ? release.version > 0 : releaseChanged(before, release);
    if (news) events.push({ topic: `poll:${id}`, type: 'results', results: release });
  }
  for (const [id, pledge] of Object.entries(next.pledges)) {
    const before = own(previous.pledges, id);
    if (before === undefined || JSON.stringify(before) !== JSON.stringify(pledge)) events.push({ topic: `wall:${pledge.wallId}`, type: 'pledge', pledge });
  }
  return events;
}

/** Compares two secrets in a time that does not depend on where they first differ. */
function sameSecret(given: unknown, expected: string | undefined): boolean {
  if (typeof given !== 'string' || expected === undefined) return false;
  let difference = given.length ^ expected.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= (given.charCodeAt(index % Math.max(given.length, 1)) || 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}

/** Turns anything thrown into a PartnerKitError, keeping ours as they are. */
function asPartnerKitError(error: unknown): PartnerKitError {
  if (isPartnerKitError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PartnerKitError('invalid', '', t(`The store could not do this (${detail}).`, `Le magasin de données n’a pas pu faire ceci (${detail}).`));
}
