/**
 * Small readers that turn untrusted input (from a form, a request body, a stored file) into
 * typed values, or throw a {@link ValidationError} naming the field. Every model validates
 * through these, so the browser and the server refuse exactly the same things.
 */
import { invalid } from './errors.js';
import { t, type LocalizedText } from './text.js';
import { fieldPath } from './fields.js';
import { isId, readId } from './ids.js';
import { readInteger, readNumber, type NumberRules } from './numbers.js';

export { fieldPath, isId, readId, readInteger, readNumber, type NumberRules };

/** Keys that could reach an object's prototype; refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Stable ids: letters, digits, dot, dash, underscore and colon; no spaces or markup. */

/** The longest id we accept. */
export const MAX_ID_LENGTH = 128;


function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Reads a plain object with only the allowed keys. Returns a copy without a prototype, so a
 * hostile `__proto__` key can never change other objects.
 */
export function readObject(
  value: unknown,
  field: string,
  allowedKeys: readonly string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('wrong-type', field, t('This should be a group of fields, not {type}.', 'Ceci devrait être un groupe de champs, pas {type}.'), {
      type: describeType(value),
    });
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    throw invalid('wrong-type', field, t('This should be a plain group of fields.', 'Ceci devrait être un simple groupe de champs.'));
  }
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw invalid('forbidden-key', fieldPath(field, key), t('This field name is not allowed.', 'Ce nom de champ n’est pas permis.'));
    }
    if (!allowedKeys.includes(key)) {
      throw invalid('unknown-field', fieldPath(field, key), t('We do not know this field.', 'Nous ne connaissons pas ce champ.'));
    }
    copy[key] = (value as Record<string, unknown>)[key];
  }
  return copy;
}

/**
 * Reads an object whose keys may be any of `keys` (each at most once, none required), such
 * as answers by item id. Each value present is read with `readValue`, which gets the field
 * path `<field>.<key>`; an unknown key is refused as {@link readObject} refuses it. Keys
 * are read in the order of `keys`.
 */
export function readKeyedRecord<K extends string, V>(
  value: unknown,
  field: string,
  keys: readonly K[],
  readValue: (value: unknown, field: string) => V,
): Partial<Record<K, V>> {
  const raw = readObject(value, field, keys);
  const record: Partial<Record<K, V>> = {};
  for (const key of keys) {
    if (raw[key] !== undefined) record[key] = readValue(raw[key], fieldPath(field, key));
  }
  return record;
}

/** Options for {@link readString}. */
export interface StringRules {
  /** Fewest characters after trimming (default 1: empty text is refused). */
  readonly min?: number;
  /** Most characters after trimming. */
  readonly max: number;
  /** Allow line breaks (default false). */
  readonly multiline?: boolean;
}

/**
 * Reads free text. Surrounding spaces are trimmed. The text is kept exactly as typed, as
 * text: anything that looks like markup stays text and must be shown as text.
 */
export function readString(value: unknown, field: string, rules: StringRules): string {
  if (typeof value !== 'string') {
    throw invalid('wrong-type', field, t('This should be text.', 'Ceci devrait être du texte.'));
  }
  const min = rules.min ?? 1;
  // Check the raw length first so a huge string is refused before any work on it.
  if (value.length > rules.max * 4 + 1024) {
    throw invalid('too-long', field, t('This is too long: at most {max} characters.', 'C’est trop long : {max} caractères au plus.'), { max: rules.max });
  }
  const text = value.trim();
  if (text.length === 0 && min > 0) {
    throw invalid('required', field, t('Please fill this in.', 'Veuillez remplir ce champ.'));
  }
  const length = [...text].length;
  if (length < min) {
    throw invalid('too-short', field, t('This is too short: at least {min} characters.', 'C’est trop court : au moins {min} caractères.'), { min });
  }
  if (length > rules.max) {
    throw invalid('too-long', field, t('This is too long: at most {max} characters.', 'C’est trop long : {max} caractères au plus.'), { max: rules.max });
  }
  if (CONTROL_CHARACTERS.test(text) || (!rules.multiline && /[\r\n]/.test(text))) {
    throw invalid('invalid', field, t('This text has characters we cannot keep.', 'Ce texte contient des caractères que nous ne pouvons pas garder.'));
  }
  return text;
}

/**
 * Reads text given in every language, `{ en, fr }`: both are required and each is read with
 * {@link readString} and `rules` (an error names `<field>.en` or `<field>.fr`). Returns
 * frozen {@link LocalizedText}.
 */
export function readLocalizedText(value: unknown, field: string, rules: StringRules): LocalizedText {
  const raw = readObject(value, field, ['en', 'fr']);
  return t(readString(raw['en'], fieldPath(field, 'en'), rules), readString(raw['fr'], fieldPath(field, 'fr'), rules));
}


/** Reads one of a fixed list of values. */
export function readEnum<T extends string>(value: unknown, field: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw invalid('unknown-value', field, t('Please choose one of: {options}.', 'Veuillez choisir parmi : {options}.'), {
      options: options.join(', '),
    });
  }
  return value as T;
}

/** Reads true or false. */
export function readBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw invalid('wrong-type', field, t('This should be yes or no (true or false).', 'Ceci devrait être oui ou non (true ou false).'));
  }
  return value;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function invalidDate(field: string) {
  return invalid('invalid-date', field, t('This is not a date we can read. Use the form 2026-03-31.', 'Nous ne pouvons pas lire cette date. Utilisez la forme 2026-03-31.'));
}

/**
 * Reads a moment in time: a `Date`, or text in ISO 8601 form with a time zone
 * (`2026-03-31T14:00:00Z`) or a calendar day (`2026-03-31`, read as midnight UTC).
 * Returns it as ISO 8601 text in UTC.
 */
export function readDate(value: unknown, field: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidDate(field);
    return value.toISOString();
  }
  if (typeof value !== 'string') throw invalidDate(field);
  if (DAY_PATTERN.test(value)) return `${readDay(value, field)}T00:00:00.000Z`;
  if (!DATE_TIME_PATTERN.test(value)) throw invalidDate(field);
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw invalidDate(field);
  readDay(value.slice(0, 10), field);
  return new Date(time).toISOString();
}

/** Reads a calendar day `YYYY-MM-DD` that exists (no 31 February). */
export function readDay(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalidDate(field);
  const match = DAY_PATTERN.exec(value);
  if (!match) throw invalidDate(field);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalidDate(field);
  }
  return value;
}

/** Options for {@link readArray}. */
export interface ArrayRules {
  /** Fewest items allowed (default 0). */
  readonly min?: number;
  /** Most items allowed. */
  readonly max: number;
}

/** Reads a list, reading each item with `readItem` (which gets the item's field path). */
export function readArray<T>(
  value: unknown,
  field: string,
  rules: ArrayRules,
  readItem: (item: unknown, itemField: string) => T,
): T[] {
  if (!Array.isArray(value)) {
    throw invalid('wrong-type', field, t('This should be a list.', 'Ceci devrait être une liste.'));
  }
  if (value.length < (rules.min ?? 0)) {
    throw invalid('too-short', field, t('This list needs at least {min} items.', 'Cette liste doit avoir au moins {min} éléments.'), { min: rules.min ?? 0 });
  }
  if (value.length > rules.max) {
    throw invalid('too-long', field, t('This list can have at most {max} items.', 'Cette liste peut avoir {max} éléments au plus.'), { max: rules.max });
  }
  // Index every slot (not `map`), so a hole in a sparse array is read as `undefined` and refused.
  const items: T[] = [];
  for (let index = 0; index < value.length; index += 1) {
    items.push(readItem(value[index], fieldPath(field, index)));
  }
  return items;
}

/** Reads a value only when present: `undefined` stays `undefined`. */
export function readOptional<T>(
  value: unknown,
  field: string,
  read: (value: unknown, field: string) => T,
): T | undefined {
  return value === undefined ? undefined : read(value, field);
}

/** Refuses a list whose items share an id; `idOf` picks the id. */
export function assertUniqueIds<T>(items: readonly T[], field: string, idOf: (item: T) => string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = idOf(item);
    if (seen.has(id)) {
      throw invalid('duplicate', fieldPath(fieldPath(field, index), 'id'), t('The id "{id}" is used twice.', 'L’identifiant « {id} » est utilisé deux fois.'), { id });
    }
    seen.add(id);
  });
}
