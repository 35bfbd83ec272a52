/**
 * One HTTP exchange with the server, as a plain outcome that never rejects: the answer, the
 * server's refusal (as an SDK error), or "unreachable" (no answer, a timeout, or an answer
 * that is not the server's JSON, such as a Wi-Fi sign-in page).
 */
import type { PartnerKitError } from '../shared/errors.js';
import type { Locale } from '../shared/text.js';
import { startTimer, stopTimer, type TimerHandle } from './environment.js';
import { isTemporaryStatus, retryAfterMs } from './retry.js';
import { errorFromAnswer } from './server-errors.js';

/** How long one request may take before it counts as unreachable. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Where and how requests go. */
export interface HttpTransport {
  /** The server's base address, ending with `/`. */
  readonly endpoint: string;
  /** The fetch function (called as a plain function). */
  readonly fetch: typeof fetch;
  /** The language asked for in error messages. */
  readonly locale: Locale;
}

/** HTTP methods the store uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One request: method, path under the endpoint, JSON body text and extra headers. */
export interface HttpRequest {
  /** The method. */
  readonly method: HttpMethod;
  /** The path under the endpoint, such as `v1/polls/town-hall`. */
  readonly path: string;
  /** The JSON body as text; none when absent or empty. */
  readonly body?: string;
  /** Extra headers (an idempotency key, an Authorization…). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What came of a request. */
export type HttpOutcome =
  | {
      /** The server answered 2xx with JSON. */
      readonly kind: 'answer';
      /** The HTTP status. */
      readonly status: number;
      /** The parsed JSON body. */
      readonly value: unknown;
    }
  | {
      /** The server answered with an error status. */
      readonly kind: 'failed';
      /** The HTTP status. */
      readonly status: number;
      /** The server's error, as an SDK error. */
      readonly error: PartnerKitError;
      /** How long the server asked to wait (`Retry-After`), in milliseconds. */
      readonly retryAfterMs: number | undefined;
    }
  | {
      /** No usable answer: offline, timed out, or not the server's JSON. */
      readonly kind: 'unreachable';
    };

/** True when trying again later may work: unreachable, or 408, 425, 429 or 5xx. */
export function isTemporary(outcome: HttpOutcome): boolean {
  return outcome.kind === 'unreachable' || (outcome.kind === 'failed' && isTemporaryStatus(outcome.status));
}

function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Sends one request; resolves to its outcome and never rejects. */
export async function sendRequest(transport: HttpTransport, request: HttpRequest): Promise<HttpOutcome> {
  const controller = new AbortController();
  let timer: TimerHandle | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = startTimer(() => {
      controller.abort();
      reject(new Error('The request took too long.'));
    }, REQUEST_TIMEOUT_MS);
  });
  const hasBody = request.body !== undefined && request.body !== '';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': transport.locale,
    ...(hasBody && { 'Content-Type': 'application/json' }),
    ...request.headers,
  };
  try {
    const response = await Promise.race([
      transport.fetch(`${transport.endpoint}${request.path}`, {
        method: request.method,
        headers,
        ...(hasBody && { body: request.body }),
        signal: controller.signal,
      }),
      timeout,
    ]);
    const text = await Promise.race([response.text(), timeout]);
    const parsed = parseJson(text);
    // Not JSON (a proxy's or a Wi-Fi sign-in page): the server itself did not answer.
    if (!parsed.ok) return { kind: 'unreachable' };
    if (response.ok) return { kind: 'answer', status: response.status, value: parsed.value };
    return {
      kind: 'failed',
      status: response.status,
      error: errorFromAnswer(response.status, parsed.value),
      retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), Date.now()),
    };
  } catch {
    return { kind: 'unreachable' };
  } finally {
    stopTimer(timer);
  }
}
