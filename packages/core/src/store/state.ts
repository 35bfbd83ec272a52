/**
 * The data a {@link DataStore} keeps, as one plain JSON-friendly object, and the migration
 * that brings older saved shapes up to date. Every store that saves this object (the browser
 * store, a file, a server) reads it back through {@link migrateState}.
 */
import type { ReleasedResults } from '../ladders/types.js';
import type { Pledge } from '../pledges/types.js';
import type { Poll, Vote } from '../polls/types.js';
import { invalid, StorageError } from '../shared/errors.js';
import { deepFreeze } from '../shared/freeze.js';
import { t } from '../shared/text.js';
import { readInteger, readObject, fieldPath } from '../shared/validate.js';
import type { StoredRecord } from './types.js';

/** The shape version this SDK writes. Older versions are migrated; newer ones are refused. */
export const STORE_FORMAT_VERSION = 1;

/** A map from an id to a value. Created without a prototype, so any id is a safe key. */
export type Dict<T> = Record<string, T>;

/**
 * Everything a store keeps (format version 1). Plain data only, so it can be saved as JSON.
 * Raw votes and pledge owner tokens are in here: never hand this object to people.
 */
export interface StoreState {
  /** The format the state is written in; always the current version. */
  readonly formatVersion: typeof STORE_FORMAT_VERSION;
  /** Polls by id. */
  readonly polls: Dict<Poll>;
  /** Per poll id, each participant's current vote by participant id. */
  readonly votes: Dict<Dict<Vote>>;
  /**
   * Per poll id, how many vote changes it took since it was created or reset, counting a
   * participant at most once between two releases (see `pendingVoters`).
   */
  readonly changeCounts: Dict<number>;
  /**
   * Per poll id, the participants whose new or changed vote is not released yet. A person who
   * changes their vote again and again still counts once, so they cannot force a release
   * that shows a colleague's vote by difference.
   */
  readonly pendingVoters: Dict<Dict<true>>;
  /** Per poll id, the latest released (protected) result. */
  readonly releases: Dict<ReleasedResults>;
  /** Per collection, records by id. */
  readonly records: Dict<Dict<StoredRecord>>;
  /** Pledges by id. */
  readonly pledges: Dict<Pledge>;
  /** Per pledge id, the secret that lets its maker change it. */
  readonly pledgeTokens: Dict<string>;
  /** Per pledge id, the participants who joined it (participant id → true). */
  readonly joiners: Dict<Dict<true>>;
}

/** A fresh map without a prototype. */
export function dict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

/** Reads `key` of a map only when the map itself holds it (never from a prototype). */
export function own<T>(map: Dict<T> | undefined, key: string): T | undefined {
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** An empty state in the current format. */
export function emptyState(): StoreState {
  return {
    formatVersion: STORE_FORMAT_VERSION,
    polls: dict(),
    votes: dict(),
    changeCounts: dict(),
    pendingVoters: dict(),
    releases: dict(),
    records: dict(),
    pledges: dict(),
    pledgeTokens: dict(),
    joiners: dict(),
  };
}

/** A deep copy of a state, safe to give to tests or an export. */
export function cloneState(state: StoreState): StoreState {
  return migrateState(JSON.parse(JSON.stringify(state)) as unknown);
}

/**
 * Brings a saved state (already parsed from JSON) up to the current format and checks its
 * shape.
 *
 * Format version 0 (the first draft format, written before `formatVersion` existed; the
 * field is absent or `0`) differs from version 1 in three ways:
 * - `votes` held, per poll, a list of votes in the order they were cast, where a later vote
 *   by the same participant replaced an earlier one; version 1 keeps one vote per
 *   participant, keyed by participant id;
 * - `changeCounts` did not exist: each list entry was one cast vote, so the list length is
 *   the poll's change count;
 * - `joiners` held, per pledge, a list of participant ids; version 1 keys them by id.
 * Everything else (`polls`, `releases`, `records`, `pledges`, `pledgeTokens`) is the same.
 *
 * Throws a {@link StorageError} (`storage-unavailable`) for a version newer than this SDK
 * knows (the caller must leave that data untouched), and a ValidationError naming the field
 * when the shape is damaged.
 */
export function migrateState(raw: unknown): StoreState {
  // The version is checked first: a newer format may hold fields this SDK does not know.
  const declared = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Dict<unknown>).formatVersion : undefined;
  const version = declared === undefined ? 0 : readInteger(declared, 'formatVersion', { min: 0 });
  if (version > STORE_FORMAT_VERSION) {
    throw new StorageError(
      'storage-unavailable',
      'formatVersion',
      t(
        `The saved data was written by a newer version of PartnerKit (format ${version}). We left it as it is. Please update this page.`,
        `Les données enregistrées viennent d’une version plus récente de PartnerKit (format ${version}). Nous les avons laissées telles quelles. Veuillez mettre cette page à jour.`,
      ),
    );
  }
  const top = readObject(raw, '', [
    'formatVersion',
    'polls',
    'votes',
    'changeCounts',
    'pendingVoters',
    'releases',
    'records',
    'pledges',
    'pledgeTokens',
    'joiners',
  ]);
  const upgraded = version === 0 ? upgradeFromVersion0(top) : top;
  return readStateV1(upgraded);
}

function upgradeFromVersion0(top: Dict<unknown>): Dict<unknown> {
  const votes = dict<Dict<Vote>>();
  const changeCounts = dict<number>();
  for (const [pollId, list] of entries(top.votes, 'votes')) {
    const field = fieldPath('votes', pollId);
    if (!Array.isArray(list)) throw damaged(field);
    const byParticipant = dict<Vote>();
    list.forEach((vote: unknown, index) => {
      const item = readVote(vote, fieldPath(field, index));
      byParticipant[item.participantId] = item;
    });
    votes[pollId] = byParticipant;
    changeCounts[pollId] = list.length;
  }
  const joiners = dict<Dict<true>>();
  for (const [pledgeId, list] of entries(top.joiners, 'joiners')) {
    const field = fieldPath('joiners', pledgeId);
    if (!Array.isArray(list)) throw damaged(field);
    const set = dict<true>();
    list.forEach((participantId: unknown, index) => {
      if (typeof participantId !== 'string') throw damaged(fieldPath(field, index));
      set[participantId] = true;
    });
    joiners[pledgeId] = set;
  }
  return { ...top, formatVersion: STORE_FORMAT_VERSION, votes, changeCounts, joiners };
}

function readStateV1(top: Dict<unknown>): StoreState {
  const state = emptyState();
  copyEach(top.polls, 'polls', state.polls, (value, field) => readShaped<Poll>(value, field, ['id', 'ladderId', 'status']));
  for (const [pollId, byParticipant] of entries(top.votes, 'votes')) {
    const target = dict<Vote>();
    copyEach(byParticipant, fieldPath('votes', pollId), target, readVote);
    state.votes[pollId] = target;
  }
  copyEach(top.changeCounts, 'changeCounts', state.changeCounts, (value, field) => readInteger(value, field, { min: 0 }));
  for (const [pollId, set] of entries(top.pendingVoters, 'pendingVoters')) {
    state.pendingVoters[pollId] = readTrueSet(set, fieldPath('pendingVoters', pollId));
  }
  copyEach(top.releases, 'releases', state.releases, (value, field) => readShaped<ReleasedResults>(value, field, ['pollId', 'releasedAt']));
  for (const [collection, byId] of entries(top.records, 'records')) {
    const target = dict<StoredRecord>();
    copyEach(byId, fieldPath('records', collection), target, (value, field) =>
      readShaped<StoredRecord>(value, field, ['collection', 'id', 'ownerId', 'updatedAt']),
    );
    state.records[collection] = target;
  }
  copyEach(top.pledges, 'pledges', state.pledges, (value, field) => readShaped<Pledge>(value, field, ['id', 'wallId', 'text']));
  copyEach(top.pledgeTokens, 'pledgeTokens', state.pledgeTokens, (value, field) => {
    if (typeof value !== 'string') throw damaged(field);
    return value;
  });
  for (const [pledgeId, set] of entries(top.joiners, 'joiners')) {
    state.joiners[pledgeId] = readTrueSet(set, fieldPath('joiners', pledgeId));
  }
  return state;
}

/** Reads a stored set of ids (id → true). */
function readTrueSet(set: unknown, field: string): Dict<true> {
  const target = dict<true>();
  copyEach(set, field, target, (value, itemField) => {
    if (value !== true) throw damaged(itemField);
    return true as const;
  });
  return target;
}

function readVote(value: unknown, field: string): Vote {
  return readShaped<Vote>(value, field, ['pollId', 'participantId', 'rungId', 'at']);
}

/** Checks a stored object has the text fields that keep the store working; keeps it as is. */
function readShaped<T>(value: unknown, field: string, textFields: readonly string[]): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged(field);
  for (const key of textFields) {
    if (typeof (value as Dict<unknown>)[key] !== 'string') throw damaged(fieldPath(field, key));
  }
  return value as T;
}

/** The entries of a stored map; a missing map reads as empty. */
function entries(value: unknown, field: string): [string, unknown][] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged(field);
  return Object.entries(value);
}

function copyEach<T>(source: unknown, field: string, target: Dict<T>, read: (value: unknown, field: string) => T): void {
  for (const [key, value] of entries(source, field)) {
    if (key === '__proto__') throw damaged(fieldPath(field, key));
    target[key] = deepFreeze(read(value, fieldPath(field, key)));
  }
}

function damaged(field: string) {
  return invalid('invalid', field, t('The saved data is damaged here.', 'Les données enregistrées sont abîmées ici.'));
}

/**
 * A frozen deep copy made through JSON, so what a store keeps never shares objects with its
 * callers and is always JSON-friendly. Throws a ValidationError naming `field` for a value
 * JSON cannot hold (a function, a cycle, a big integer).
 */
export function seal<T>(value: T, field: string): T {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    throw invalid('invalid', field, t('This cannot be saved: it should be plain data (text, numbers, lists, groups of fields).', 'Ceci ne peut pas être enregistré : ce devrait être des données simples (texte, nombres, listes, groupes de champs).'));
  }
  return deepFreeze(JSON.parse(text) as T);
}
