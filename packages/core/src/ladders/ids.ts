/**
 * The ids of the built-in ladders, apart from the ladders themselves, so that code can name a
 * built-in ladder (and a page can load just the one it shows) without loading them all.
 */
import { invalid, type ValidationError } from '../shared/errors.js';
import { t } from '../shared/text.js';

/** Ids of the built-in ladders, in the order they are offered. */
export const LADDER_IDS = Object.freeze(['participation', 'co-production', 'arnstein', 'iap2', 'continuum'] as const);

/** The id of a built-in ladder. */
export type BuiltInLadderId = (typeof LADDER_IDS)[number];

/** The ladder a poll uses when none is chosen. */
export const DEFAULT_LADDER_ID: BuiltInLadderId = 'participation';

/** True when `id` names a built-in ladder. */
export function isBuiltInLadderId(id: unknown): id is BuiltInLadderId {
  return typeof id === 'string' && (LADDER_IDS as readonly string[]).includes(id);
}

/**
 * The error for a ladder id that names no ladder, listing the built-in ids and then
 * `customIds`.
 *
 * @param field - the field path to name in the error.
 */
export function unknownLadder(field: string, customIds: readonly string[] = []): ValidationError {
  return invalid('unknown-value', field, t('We do not know this ladder. Please choose one of: {options}.', 'Nous ne connaissons pas cette échelle. Veuillez choisir parmi : {options}.'), {
    options: [...LADDER_IDS, ...customIds].join(', '),
  });
}
