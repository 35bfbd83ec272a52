import { formatText, t, type Locale, type LocalizedText } from './text.js';

/** Codes that say what went wrong, stable across versions, for programs to branch on. */
export type ErrorCode =
  | 'required'
  | 'wrong-type'
  | 'too-short'
  | 'too-long'
  | 'too-small'
  | 'too-large'
  | 'not-an-integer'
  | 'invalid-id'
  | 'invalid-date'
  | 'unknown-value'
  | 'unknown-field'
  | 'forbidden-key'
  | 'duplicate'
  | 'invalid'
  | 'invalid-transition'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'closed'
  | 'storage-full'
  | 'storage-unavailable'
  | 'queued';

/** The JSON shape of a {@link PartnerKitError}, as returned by its `toJSON` method. */
export interface PartnerKitErrorJSON {
  /** What went wrong, as a stable code. */
  code: ErrorCode;
  /** Dotted path of the field at fault, or an empty string for the whole input. */
  field: string;
  /** The message in English. */
  message: string;
  /** The message in every supported language. */
  messages: LocalizedText;
}

/**
 * The one kind of error the SDK throws on purpose. It names the field at fault (a dotted
 * path such as `items.3.answer`, or an empty string for the whole input) and carries a plain
 * message in every supported language.
 */
export class PartnerKitError extends Error {
  /** The error class name, such as `ValidationError`. */
  override readonly name: string = 'PartnerKitError';
  /** What went wrong, as a stable code programs can branch on. */
  readonly code: ErrorCode;
  /** Dotted path of the field at fault, or an empty string when the whole input is at fault. */
  readonly field: string;
  /** The plain message in every supported language. */
  readonly messages: LocalizedText;

  /**
   * Makes an error with a code, the field at fault and a message in every language.
   * The standard `message` is the English text, prefixed by the field when there is one.
   */
  constructor(code: ErrorCode, field: string, messages: LocalizedText) {
    super(field ? `${field}: ${messages.en}` : messages.en);
    this.code = code;
    this.field = field;
    this.messages = messages;
  }

  /** The plain message in the wanted language, without the field path. */
  messageIn(locale: Locale): string {
    return this.messages[locale];
  }

  /** A JSON-friendly shape, the same one the server sends back. */
  toJSON(): PartnerKitErrorJSON {
    return { code: this.code, field: this.field, message: this.messages.en, messages: this.messages };
  }
}

/** Input was refused: it was malformed, out of range or not allowed. Nothing was changed. */
export class ValidationError extends PartnerKitError {
  /** Always `ValidationError`. */
  override readonly name = 'ValidationError';
}

/** The thing asked for does not exist. */
export class NotFoundError extends PartnerKitError {
  /** Always `NotFoundError`. */
  override readonly name = 'NotFoundError';
}

/** The store could not keep the data (for example the browser's storage is full). */
export class StorageError extends PartnerKitError {
  /** Always `StorageError`. */
  override readonly name = 'StorageError';
}

/**
 * A change could not reach the server yet, but it is safe: it waits in the store's outbox
 * on this device and will be sent when the connection is back. Listen to the store's
 * {@link Outbox} for the `sent` (or `refused`) event with the same `key`.
 */
export class QueuedError extends PartnerKitError {
  /** Always `QueuedError`. */
  override readonly name = 'QueuedError';
  /** The change's idempotency key, also its id in the outbox. */
  readonly key: string;

  /** Makes the error for the outbox entry with this key. */
  constructor(key: string) {
    super(
      'queued',
      '',
      t('Saved on this device. It will be sent when you are back online.', 'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.'),
    );
    this.key = key;
  }
}

/** True for any error the SDK throws on purpose. */
export function isPartnerKitError(error: unknown): error is PartnerKitError {
  return error instanceof PartnerKitError;
}

/** Shorthand for throwing a validation error with a two-language message. */
export function invalid(
  code: ErrorCode,
  field: string,
  message: LocalizedText,
  values: Readonly<Record<string, string | number>> = {},
): ValidationError {
  return new ValidationError(code, field, formatText(message, values));
}

/** Shorthand for a not-found error naming what is missing, e.g. `notFound('poll', t('the poll', 'le sondage'), id)`. */
export function notFound(field: string, what: LocalizedText, id: string): NotFoundError {
  return new NotFoundError(
    'not-found',
    field,
    t(`We could not find ${what.en} "${id}".`, `Nous n’avons pas trouvé ${what.fr} « ${id} ».`),
  );
}
