/**
 * Errors as the server answers them: `{ "error": { "code", "message", "field" } }` with the
 * message in the request's language (English or French), and a status code that says what
 * kind of problem it is. Bad input always gets a 4xx and changes nothing.
 */
import { isPartnerKitError, LOCALES, t, type ErrorCode, type Locale, type LocalizedText } from '@partnerkit/core';

/** Error codes the server adds to the SDK's own. */
export type ServerErrorCode =
  | ErrorCode
  | 'unauthorized'
  | 'rate-limited'
  | 'body-too-large'
  | 'not-json'
  | 'idempotency-key-required'
  | 'idempotency-key-reused'
  | 'route-not-found'
  | 'method-not-allowed'
  | 'unavailable'
  | 'internal';

/** The JSON body of every error answer. */
export interface ErrorBody {
  /** What went wrong. */
  readonly error: {
    /** A stable code programs can branch on. */
    readonly code: ServerErrorCode;
    /** A plain sentence in the request's language. */
    readonly message: string;
    /** Dotted path of the field at fault, or an empty string. */
    readonly field: string;
    /** The message in every language, for clients that show it in the person's language. */
    readonly messages: LocalizedText;
  };
}

/** An error the server answers with a given HTTP status. */
export class HttpError extends Error {
  /** Always `HttpError`. */
  override readonly name = 'HttpError';

  /**
   * @param status - the HTTP status code to answer with.
   * @param code - the error code.
   * @param field - the field at fault, or an empty string.
   * @param messages - the message in every language.
   * @param headers - extra headers for the answer (for example `Retry-After`).
   */
  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
    readonly field: string,
    readonly messages: LocalizedText,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(messages.en);
  }
}

/** The HTTP status for each SDK error code that is not a plain validation problem. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  'not-found': 404,
  conflict: 409,
  closed: 409,
  'invalid-transition': 409,
  forbidden: 403,
  'storage-full': 503,
  'storage-unavailable': 503,
};

/**
 * Picks English or French from an `Accept-Language` header, by its quality values; English
 * when the header names neither.
 */
export function localeFromHeader(header: string | null | undefined): Locale {
  if (typeof header !== 'string' || header === '') return 'en';
  let best: Locale = 'en';
  let bestQuality = -1;
  for (const part of header.slice(0, 500).split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const base = range.trim().toLowerCase().split('-')[0] ?? '';
    if (!(LOCALES as readonly string[]).includes(base)) continue;
    let quality = 1;
    for (const param of params) {
      const [name, value] = param.trim().split('=');
      if (name === 'q') quality = Number.parseFloat(value ?? '') || 0;
    }
    if (quality > bestQuality) {
      best = base as Locale;
      bestQuality = quality;
    }
  }
  return best;
}

/** What to answer for a thrown error: status, body and extra headers. */
export interface ErrorAnswer {
  /** The HTTP status code. */
  readonly status: number;
  /** The JSON body. */
  readonly body: ErrorBody;
  /** Extra headers. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A message for errors nobody planned for; details stay in the server's log. */
const INTERNAL = t('Something went wrong on the server. Please try again.', 'Un problème est survenu sur le serveur. Veuillez réessayer.');

/** Turns anything thrown into an answer; `unexpected` hears errors that are not ours. */
export function errorAnswer(error: unknown, locale: Locale, unexpected: (error: unknown) => void = () => {}): ErrorAnswer {
  if (error instanceof HttpError) {
    return { status: error.status, body: errorBody(error.code, error.field, error.messages, locale), headers: error.headers };
  }
  if (isPartnerKitError(error)) {
    const status = STATUS_BY_CODE[error.code] ?? 400;
    return { status, body: errorBody(error.code, error.field, error.messages, locale), headers: {} };
  }
  unexpected(error);
  return { status: 500, body: errorBody('internal', '', INTERNAL, locale), headers: {} };
}

function errorBody(code: ServerErrorCode, field: string, messages: LocalizedText, locale: Locale): ErrorBody {
  return { error: { code, message: messages[locale], field, messages: { en: messages.en, fr: messages.fr } } };
}
