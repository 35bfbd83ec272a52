/**
 * Which reader checks the records of each collection before they are saved.
 *
 * The built-in readers load their model only when a record of that kind is first saved
 * (dynamic `import()`), so a page that only runs a ladder poll does not download the parity
 * checklist or the recognition log. The tables are split by area, so a one-file bundle of
 * the elements (whose lazy client knows only the parity table) holds no recognition code.
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { readEnum } from '../shared/validate.js';

/**
 * Reads a record from untrusted input, directly or as a promise; throws (or rejects with) a
 * ValidationError naming the field.
 */
export type RecordReader = (input: unknown) => unknown;

/**
 * Reads a loop item: a whole item as stored (it has a `status`, for example after a
 * transition) with `readLoopItemRecord`, otherwise a new piece of input with `readLoopItem`.
 */
export async function readLoopItemInput(input: unknown): Promise<unknown> {
  const { readLoopItem, readLoopItemRecord } = await import('../recognition/ledger.js');
  const isWholeItem = typeof input === 'object' && input !== null && Object.prototype.hasOwnProperty.call(input, 'status');
  return isWholeItem ? readLoopItemRecord(input) : readLoopItem(input);
}

const readAssessment: RecordReader = async (input) => (await import('../parity/read.js')).readParityAssessment(input);
const readContribution: RecordReader = async (input) => (await import('../recognition/contributions.js')).readContribution(input);
const readAcknowledgement: RecordReader = async (input) => (await import('../recognition/acknowledgements.js')).readAcknowledgement(input);

// The tables below are marked pure so that a bundler drops the ones a page never uses, and
// with them every model only they import (a page with elements only needs the parity one).

/** The collection the elements save: parity checklist assessments (`assessments`). */
export const PARITY_RECORD_READERS: ReadonlyMap<string, RecordReader> = /* @__PURE__ */ new Map<string, RecordReader>([
  ['assessments', readAssessment],
]);

/** The recognition log's collections: contributions, thank-yous (acknowledgements) and "you said, we did" loop items. */
export const RECOGNITION_RECORD_READERS: ReadonlyMap<string, RecordReader> = /* @__PURE__ */ new Map<string, RecordReader>([
  ['contributions', readContribution],
  ['acknowledgements', readAcknowledgement],
  ['loop-items', readLoopItemInput],
]);

/**
 * The record collections the SDK knows, each with its reader: parity assessments,
 * contributions, thank-yous (acknowledgements) and "you said, we did" loop items.
 */
export const BUILT_IN_RECORD_READERS: ReadonlyMap<string, RecordReader> = /* @__PURE__ */ new Map<string, RecordReader>([
  ['assessments', readAssessment],
  ['contributions', readContribution],
  ['acknowledgements', readAcknowledgement],
  ['loop-items', readLoopItemInput],
]);

/** Readers added with {@link registerRecordReaders}, for clients made later with few built-in readers. */
const registered = new Map<string, RecordReader>();

/**
 * Adds readers for the page's lazy clients (see `lazyClient`): a page whose elements use the
 * default connection can save recognition records after
 * `registerRecordReaders(Object.fromEntries(RECOGNITION_RECORD_READERS))`. A client that has
 * already loaded its code keeps the readers it started with.
 */
export function registerRecordReaders(readers: Readonly<Record<string, RecordReader>>): void {
  for (const [name, reader] of Object.entries(readers)) registered.set(name, reader);
}

/** The readers added with {@link registerRecordReaders} so far, by collection name. */
export function registeredRecordReaders(): Readonly<Record<string, RecordReader>> {
  return Object.fromEntries(registered);
}

/** Builds the reader table: the built-in collections plus any the integrator adds. */
export function recordReaders(extra: Readonly<Record<string, RecordReader>> = {}): ReadonlyMap<string, RecordReader> {
  return withReaders(BUILT_IN_RECORD_READERS, extra);
}

/** A reader table: `base` plus `extra` (which wins for a collection in both). */
export function withReaders(
  base: ReadonlyMap<string, RecordReader>,
  extra: Readonly<Record<string, RecordReader>> = {},
): ReadonlyMap<string, RecordReader> {
  const readers = new Map(base);
  for (const [name, reader] of Object.entries(extra)) readers.set(name, reader);
  return readers;
}

/** Reads a collection name, refusing any collection without a reader. */
export function readCollection(readers: ReadonlyMap<string, RecordReader>, input: unknown, field = 'collection'): string {
  return readEnum(input, field, [...readers.keys()]);
}

/**
 * Reads a record for `collection` with its reader. When the record carries its own `id`, it
 * must be the id it is saved under.
 */
export async function readRecordValue(
  readers: ReadonlyMap<string, RecordReader>,
  collection: string,
  id: string,
  input: unknown,
): Promise<unknown> {
  const reader = readers.get(collection);
  if (reader === undefined) return readCollection(readers, collection);
  const value: unknown = await reader(input);
  if (typeof value === 'object' && value !== null && 'id' in value && (value as { id: unknown }).id !== id) {
    throw invalid('invalid', 'id', t('The record’s id must match the id it is saved under.', 'L’identifiant de l’enregistrement doit être celui sous lequel il est enregistré.'));
  }
  return value;
}
