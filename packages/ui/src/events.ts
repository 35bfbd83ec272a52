/**
 * Events every element may fire. Each element package adds its own event types the same way:
 * a detail interface, an entry in `GlobalEventHandlersEventMap`, and `emit` to fire it.
 */
import { PartnerKitError } from '@partnerkit/core/shared/errors.js';
import type { Locale } from '@partnerkit/core/shared/text.js';
import type { OutboxChangeKind } from '@partnerkit/core/store/types.js';

/** Detail of `pk-error`: what failed, as a stable code, and the message shown to the person. */
export interface PkErrorDetail {
  /** What the element was doing: `vote`, `load`, `save`, `pledge`, `join`… */
  readonly action: string;
  /** A stable code (`closed`, `too-long`, `storage-full`, `unknown`…). */
  readonly code: string;
  /** The plain message, in the element's language. */
  readonly message: string;
}

/**
 * Detail of `pk-queued` and `pk-sent`: a change made while the server could not be reached.
 * `pk-queued` fires when it was saved on the device to be sent later; `pk-sent` when it
 * reached the server. The same `key` links the two.
 */
export interface PkOutboxDetail {
  /** The change's idempotency key: the same in `pk-queued` and the `pk-sent` that follows. */
  readonly key: string;
  /** What kind of change it is: `vote`, `pledge`, `join`, `record` or `record-delete`. */
  readonly kind: OutboxChangeKind;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Any failure of a PartnerKit element; the element also shows it to the person. */
    'pk-error': CustomEvent<PkErrorDetail>;
    /** A change could not reach the server now; it waits on this device and is sent later. */
    'pk-queued': CustomEvent<PkOutboxDetail>;
    /** A change that waited on this device reached the server. */
    'pk-sent': CustomEvent<PkOutboxDetail>;
  }
}

/**
 * Fires a `pk-*` event that bubbles out of shadow roots, as every PartnerKit event does.
 * @returns `false` when a listener called `preventDefault()`.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

const UNKNOWN_ERROR = {
  en: 'Something went wrong. Please try again.',
  fr: 'Un problème est survenu. Veuillez réessayer.',
} as const;

/** The `pk-error` detail for any thrown value: PartnerKit errors keep their code and message. */
export function errorDetail(action: string, error: unknown, locale: Locale): PkErrorDetail {
  if (error instanceof PartnerKitError) return { action, code: error.code, message: error.messageIn(locale) };
  return { action, code: 'unknown', message: UNKNOWN_ERROR[locale] };
}
