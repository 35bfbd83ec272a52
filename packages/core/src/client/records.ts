/**
 * Which reader checks the records of each collection before they are saved.
 *
 * The built-in readers load their model only when a record of that kind is first saved
 * (dynamic `import()`), so a page that only runs a ladder poll does not download the parity
 * checklist or the recognition log.
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

/**
 * The record collections the SDK knows, each with its reader: parity assessments,
 * contributions, thank-yous (acknowledgements) and "you said, we did" loop items.
 */
export const BUILT_IN_RECORD_READERS: ReadonlyMap<string, RecordReader> = new Map<string, RecordReader>([
  ['assessments', async (input) => (await import('../parity/read.js')).readParityAssessment(input)],
  ['contributions', async (input) => (await import('../recognition/contributions.js')).readContribution(input)],
  ['acknowledgements', async (input) => (await import('../recognition/acknowledgements.js')).readAcknowledgement(input)],
  ['loop-items', readLoopItemInput],
]);

/** Builds the reader table: the built-in collections plus any the integrator adds. */
export function recordReaders(extra: Readonly<Record<string, RecordReader>> = {}): ReadonlyMap<string, RecordReader> {
  const readers = new Map(BUILT_IN_RECORD_READERS);
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
