/**
 * Turning the server's error answers (`{ error: { code, message, field, messages } }`) into
 * the SDK's own errors, with the message in both languages, and the errors the store gives
 * when the server cannot be reached.
 */
import { NotFoundError, PartnerKitError, StorageError, ValidationError, type ErrorCode } from '../shared/errors.js';
import { t, type LocalizedText } from '../shared/text.js';

type ErrorKind = 'validation' | 'not-found' | 'storage' | 'other';

/** Every SDK error code, with the kind of error that carries it (checked complete by the compiler). */
const KIND_OF_CODE: { readonly [C in ErrorCode]: ErrorKind } = {
  required: 'validation',
  'wrong-type': 'validation',
  'too-short': 'validation',
  'too-long': 'validation',
  'too-small': 'validation',
  'too-large': 'validation',
  'not-an-integer': 'validation',
  'invalid-id': 'validation',
  'invalid-date': 'validation',
  'unknown-value': 'validation',
  'unknown-field': 'validation',
  'forbidden-key': 'validation',
  duplicate: 'validation',
  invalid: 'validation',
  'invalid-transition': 'validation',
  'not-found': 'not-found',
  conflict: 'other',
  forbidden: 'other',
  closed: 'other',
  'storage-full': 'storage',
  'storage-unavailable': 'storage',
  queued: 'other',
};

/** The server's own codes, as the nearest SDK code. */
const SERVER_CODES: Readonly<Record<string, ErrorCode>> = {
  unauthorized: 'forbidden',
  'rate-limited': 'storage-unavailable',
  'body-too-large': 'too-large',
  'not-json': 'invalid',
  'idempotency-key-required': 'invalid',
  'idempotency-key-reused': 'conflict',
  'route-not-found': 'storage-unavailable',
  'method-not-allowed': 'storage-unavailable',
  unavailable: 'storage-unavailable',
  internal: 'storage-unavailable',
};

/** Messages for answers that carry no readable message, by kind of problem. */
const FALLBACK = {
  forbidden: t('You are not allowed to do this.', 'Vous n’avez pas le droit de faire ceci.'),
  notFound: t('We could not find this on the server.', 'Nous n’avons pas trouvé ceci sur le serveur.'),
  conflict: t('This clashes with another change. Please reload and try again.', 'Ceci entre en conflit avec une autre modification. Veuillez recharger et réessayer.'),
  busy: t('The server is busy. Please wait a moment and try again.', 'Le serveur est occupé. Veuillez patienter un moment et réessayer.'),
  refused: t('The server refused this request.', 'Le serveur a refusé cette demande.'),
  unreadable: t('The server’s answer could not be read. Please try again in a moment.', 'La réponse du serveur n’a pas pu être lue. Veuillez réessayer dans un moment.'),
} as const;

/** A read failed because the server could not be reached. */
export const UNREACHABLE_READ = t(
  'We could not reach the server. Check the connection and try again.',
  'Nous n’avons pas pu joindre le serveur. Vérifiez la connexion et réessayez.',
);

/** A change sent directly (never kept on the device) failed because the server could not be reached. */
export const UNREACHABLE_WRITE = t(
  'We cannot reach the server, so this was not done. Check the connection and try again.',
  'Nous ne pouvons pas joindre le serveur : rien n’a été fait. Vérifiez la connexion et réessayez.',
);

/** A pledge showing its maker's name could not be sent (such a pledge is never kept on the device). */
export const PLEDGE_NOT_SENT = t(
  'Your pledge was not sent: we cannot reach the server. It shows your name, so it is not kept on this device. Please try again when you are back online.',
  'Votre engagement n’a pas été envoyé : nous ne pouvons pas joindre le serveur. Il montre votre nom, il n’est donc pas gardé sur cet appareil. Veuillez réessayer une fois de nouveau en ligne.',
);

/** A change holding names could not be sent (such a change is never kept on the device). */
export const NAMED_CHANGE_NOT_SENT = t(
  'This was not sent: we cannot reach the server. It holds names, so it is not kept on this device. Please try again when you are back online.',
  'Ceci n’a pas été envoyé : nous ne pouvons pas joindre le serveur. Cela contient des noms, ce n’est donc pas gardé sur cet appareil. Veuillez réessayer une fois de nouveau en ligne.',
);

/** A change could not be sent and this device could not keep it for later either. */
export const CHANGE_NOT_KEPT = t(
  'This was not sent: we cannot reach the server, and this device could not keep it for later. Please try again when you are back online.',
  'Ceci n’a pas été envoyé : nous ne pouvons pas joindre le serveur, et cet appareil n’a pas pu le garder pour plus tard. Veuillez réessayer une fois de nouveau en ligne.',
);

/** Makes the SDK error that fits `code`: a ValidationError, NotFoundError, StorageError or PartnerKitError. */
export function errorWithCode(code: ErrorCode, field: string, messages: LocalizedText): PartnerKitError {
  switch (KIND_OF_CODE[code]) {
    case 'validation':
      return new ValidationError(code, field, messages);
    case 'not-found':
      return new NotFoundError(code, field, messages);
    case 'storage':
      return new StorageError(code, field, messages);
    default:
      return new PartnerKitError(code, field, messages);
  }
}

/** A `storage-unavailable` error with this message. */
export function unavailable(messages: LocalizedText): StorageError {
  return new StorageError('storage-unavailable', '', messages);
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(KIND_OF_CODE, code);
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'storage-unavailable';
  return 'invalid';
}

function fallbackMessage(code: ErrorCode): LocalizedText {
  if (code === 'forbidden') return FALLBACK.forbidden;
  if (code === 'not-found') return FALLBACK.notFound;
  if (code === 'conflict') return FALLBACK.conflict;
  if (code === 'storage-unavailable') return FALLBACK.busy;
  return FALLBACK.refused;
}

/** The longest message or field taken from an answer. */
const MAX_TEXT = 2000;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, MAX_TEXT) : undefined;
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function messagesOf(error: Record<string, unknown>): LocalizedText | undefined {
  const messages = objectOf(error.messages);
  const en = text(messages?.en);
  const fr = text(messages?.fr);
  return en !== undefined && fr !== undefined ? t(en, fr) : undefined;
}

/**
 * The SDK error for an error answer with HTTP `status` and JSON `body` (already parsed, or
 * `undefined` when it was not JSON). A code the SDK knows is kept; the server's own codes
 * become the nearest SDK code (`unauthorized` → `forbidden`, `rate-limited` and server
 * faults → `storage-unavailable`…). Both languages come from `messages`. An answer that is
 * not the server's error shape (a proxy's page, say) is `storage-unavailable`.
 */
export function errorFromAnswer(status: number, body: unknown): PartnerKitError {
  const error = objectOf(objectOf(body)?.error);
  const serverCode = text(error?.code);
  if (error === undefined || serverCode === undefined) {
    return errorWithCode('storage-unavailable', '', status >= 500 || status === 429 ? FALLBACK.busy : FALLBACK.unreadable);
  }
  const code = isKnownCode(serverCode) ? serverCode : (SERVER_CODES[serverCode] ?? codeForStatus(status));
  const field = typeof error.field === 'string' ? error.field.slice(0, MAX_TEXT) : '';
  return errorWithCode(code, field, messagesOf(error) ?? fallbackMessage(code));
}

/** The error for a successful answer whose body could not be read. */
export function unreadableAnswer(): StorageError {
  return unavailable(FALLBACK.unreadable);
}
