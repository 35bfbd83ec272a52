/** Reading an HTTP store's options, with their defaults. */
import { invalid } from '../shared/errors.js';
import { readId } from '../shared/ids.js';
import { LOCALES, t, type Locale } from '../shared/text.js';
import { resolveEndpoint } from './endpoint.js';
import { indexedDbOutboxStorage } from './indexeddb-outbox-storage.js';
import { memoryOutboxStorage } from './memory-outbox-storage.js';
import type { HttpStoreOptions, OutboxStorage } from './options.js';
import { retryTiming, type RetryTiming } from './retry.js';

/** The options of an HTTP store, checked and completed. */
export interface HttpStoreSettings {
  /** The server's base address, absolute and ending with `/`. */
  readonly endpoint: string;
  /** The facilitator token, when this is a facilitator's screen. */
  readonly facilitatorToken: string | undefined;
  /** The participant this page acts for, when known. */
  readonly participantId: string | undefined;
  /** The language of error messages. */
  readonly locale: Locale;
  /** Where waiting changes are kept. */
  readonly storage: OutboxStorage;
  /** The fetch function, as given (streams are shared per fetch function). */
  readonly fetch: typeof fetch;
  /** Retry timing. */
  readonly retry: RetryTiming;
}

const TOKEN = /^[\x21-\x7E]{1,1000}$/;

function isOutboxStorage(value: unknown): value is OutboxStorage {
  if (typeof value !== 'object' || value === null) return false;
  const storage = value as Record<string, unknown>;
  return typeof storage.all === 'function' && typeof storage.put === 'function' && typeof storage.remove === 'function';
}

function readStorage(value: unknown): OutboxStorage {
  if (value === undefined) {
    return (globalThis as { indexedDB?: unknown }).indexedDB === undefined ? memoryOutboxStorage() : indexedDbOutboxStorage();
  }
  if (value === 'memory') return memoryOutboxStorage();
  if (value === 'indexeddb') return indexedDbOutboxStorage();
  if (isOutboxStorage(value)) return value;
  throw invalid('unknown-value', 'outbox', t('Please choose "indexeddb", "memory" or give an outbox storage.', 'Veuillez choisir « indexeddb », « memory » ou donner un stockage d’envoi.'));
}

function readFetch(value: unknown): typeof fetch {
  if (value === undefined) {
    const global = (globalThis as { fetch?: typeof fetch }).fetch;
    return global ?? (() => Promise.reject(new TypeError('fetch is not available here.')));
  }
  if (typeof value !== 'function') throw invalid('wrong-type', 'fetch', t('This should be a function.', 'Ceci devrait être une fonction.'));
  return value as typeof fetch;
}

/**
 * Reads an HTTP store's options: throws a ValidationError naming the option at fault (a
 * missing or malformed endpoint, a token with spaces, an unknown outbox…).
 */
export function readHttpStoreOptions(input: unknown): HttpStoreSettings {
  if (typeof input !== 'object' || input === null) {
    throw invalid('required', 'endpoint', t('Please give the server’s address.', 'Veuillez donner l’adresse du serveur.'));
  }
  const options = input as HttpStoreOptions;
  const token = options.facilitatorToken;
  if (token !== undefined && (typeof token !== 'string' || !TOKEN.test(token))) {
    throw invalid('invalid', 'facilitatorToken', t('The facilitator token should be 1 to 1000 visible characters, without spaces.', 'Le jeton d’animation devrait compter de 1 à 1000 caractères visibles, sans espace.'));
  }
  const locale = options.locale ?? 'en';
  if (!(LOCALES as readonly unknown[]).includes(locale)) {
    throw invalid('unknown-value', 'locale', t('Please choose "en" or "fr".', 'Veuillez choisir « en » ou « fr ».'));
  }
  return {
    endpoint: resolveEndpoint(options.endpoint),
    facilitatorToken: token,
    participantId: options.participantId === undefined ? undefined : readId(options.participantId, 'participantId'),
    locale,
    storage: readStorage(options.outbox),
    fetch: readFetch(options.fetch),
    retry: retryTiming(options.retry),
  };
}
