/**
 * The live event stream, shared: one connection per server (and per facilitator token) for
 * the whole page, whatever the number of stores and elements listening. It follows the
 * topics of every subscriber, reads server-sent events with `fetch` (so it can send headers,
 * and works in Node 20, which has no EventSource), and:
 * - reconnects once when the topics change (changes made together make one request),
 *   resuming after the last event id;
 * - reconnects after a cut with backoff and jitter, resuming with `Last-Event-ID`;
 * - asks subscribers to read the state again for topics that may have missed events (on the
 *   first connection, after a cut, and for topics new to the connection);
 * - stops when the last subscriber leaves.
 */
import { isId } from '../shared/ids.js';
import type { StoreEvent, Topic, Unsubscribe } from '../store/types.js';
import { onOnline, reportListenerError, startTimer, stopTimer, type TimerHandle } from './environment.js';
import { backoffDelay, type RetryTiming } from './retry.js';
import { SseParser, type SseMessage } from './sse-parser.js';

/** The most topics one connection follows (the server's limit); later topics wait for a free place. */
export const MAX_STREAM_TOPICS = 50;
/** How long topic changes are gathered before the stream reconnects. */
export const TOPIC_CHANGE_DELAY_MS = 10;
/** A connection silent this long is taken as cut (the server sends a comment every 20 seconds). */
export const SILENCE_TIMEOUT_MS = 45_000;

/** Someone who follows one topic on a shared stream (a store, for all its listeners of that topic). */
export interface StreamSubscriber {
  /** The topic followed. */
  readonly topic: Topic;
  /** Takes each event of the topic. */
  deliver(event: StoreEvent): void;
  /** Reads the topic's state again, because events may have been missed. */
  resync(): void;
}

/** What a shared stream needs. */
export interface EventStreamOptions {
  /** The server's base address, ending with `/`. */
  readonly endpoint: string;
  /** The facilitator token, sent as a bearer token (then hidden results arrive too). */
  readonly facilitatorToken?: string | undefined;
  /** The fetch function; streams are shared per fetch function, endpoint and token. */
  readonly fetch: typeof fetch;
  /** Reconnection timing. */
  readonly retry: RetryTiming;
}

const TOPIC = /^(poll|wall):(.+)$/;

/** True for `poll:<id>` or `wall:<id>` with a valid id. */
export function isTopic(value: unknown): value is Topic {
  if (typeof value !== 'string') return false;
  const match = TOPIC.exec(value);
  return match !== null && isId(match[2]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `data` of a stream event as a store event; `undefined` when it is not one. */
export function readStreamEvent(data: string): StoreEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isObject(value) || !isTopic(value.topic)) return undefined;
  const { topic, type } = value;
  if (type === 'results' && isObject(value.results)) return { topic, type, results: value.results as never };
  if (type === 'poll' && isObject(value.poll)) return { topic, type, poll: value.poll as never };
  if (type === 'pledge' && isObject(value.pledge)) return { topic, type, pledge: value.pledge as never };
  return undefined;
}

/** Shared streams, by fetch function, then by endpoint and token. */
const streams = new WeakMap<object, Map<string, SharedEventStream>>();

/**
 * The page's shared stream for this endpoint, token and fetch function (made on first use;
 * the first caller's retry timing is kept).
 */
export function sharedEventStream(options: EventStreamOptions): SharedEventStream {
  let byKey = streams.get(options.fetch);
  if (byKey === undefined) {
    byKey = new Map();
    streams.set(options.fetch, byKey);
  }
  const key = `${options.endpoint}\n${options.facilitatorToken ?? ''}`;
  let stream = byKey.get(key);
  if (stream === undefined || stream.isStopped) {
    const map = byKey;
    stream = new SharedEventStream(options, () => {
      if (map.get(key) === stream) map.delete(key);
    });
    map.set(key, stream);
  }
  return stream;
}

/** One connection to the server's event stream, shared by every subscriber. Get it with {@link sharedEventStream}. */
export class SharedEventStream {
  private readonly subscribers = new Map<Topic, Set<StreamSubscriber>>();
  /** Topics whose state subscribers have read again since the last cut. */
  private readonly synced = new Set<Topic>();
  private connection: { readonly topics: string; readonly abort: AbortController } | undefined;
  private generation = 0;
  private lastEventId: string | undefined;
  private failures = 0;
  private serverRetryMs = 0;
  private topicTimer: TimerHandle | undefined;
  private reconnectTimer: TimerHandle | undefined;
  private silenceTimer: TimerHandle | undefined;
  private stopped = false;
  /** Back online: a connection waiting to retry tries at once. */
  private readonly stopWatchingOnline = onOnline(() => {
    if (this.reconnectTimer === undefined || this.stopped) return;
    stopTimer(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.connect();
  });

  /**
   * @param options - where to connect and how.
   * @param onStop - called once when the stream stops.
   */
  constructor(
    private readonly options: EventStreamOptions,
    private readonly onStop: () => void,
  ) {}

  /** True once the stream stopped (its last subscriber left, or it was closed). */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** The id of the last event received, sent as `Last-Event-ID` when reconnecting. */
  get lastId(): string | undefined {
    return this.lastEventId;
  }

  /** Follows a topic for `subscriber` until the returned function is called. */
  subscribe(subscriber: StreamSubscriber): Unsubscribe {
    if (this.stopped) return () => undefined;
    let set = this.subscribers.get(subscriber.topic);
    if (set === undefined) {
      set = new Set();
      this.subscribers.set(subscriber.topic, set);
    }
    set.add(subscriber);
    this.topicsChanged();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const current = this.subscribers.get(subscriber.topic);
      if (current === undefined || !current.delete(subscriber)) return;
      if (current.size > 0) return;
      this.subscribers.delete(subscriber.topic);
      this.synced.delete(subscriber.topic);
      if (this.subscribers.size === 0) this.close();
      else this.topicsChanged();
    };
  }

  /** Stops the stream: ends the connection and every timer. Subscribers hear nothing more. */
  close(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.generation += 1;
    this.connection?.abort.abort();
    this.connection = undefined;
    stopTimer(this.topicTimer);
    stopTimer(this.reconnectTimer);
    stopTimer(this.silenceTimer);
    this.stopWatchingOnline();
    this.subscribers.clear();
    this.onStop();
  }

  /** The topics the connection follows: the first {@link MAX_STREAM_TOPICS} subscribed, sorted. */
  private followed(): Topic[] {
    return [...this.subscribers.keys()].slice(0, MAX_STREAM_TOPICS).sort();
  }

  private topicsChanged(): void {
    if (this.topicTimer !== undefined || this.stopped) return;
    this.topicTimer = startTimer(() => {
      this.topicTimer = undefined;
      // A reconnection already waiting will use the new topics.
      if (this.stopped || this.reconnectTimer !== undefined) return;
      if (this.connection?.topics !== this.followed().join(',')) this.connect();
    }, TOPIC_CHANGE_DELAY_MS);
  }

  private connect(): void {
    const topics = this.followed();
    this.generation += 1;
    this.connection?.abort.abort();
    stopTimer(this.silenceTimer);
    const abort = new AbortController();
    this.connection = { topics: topics.join(','), abort };
    void this.run(this.generation, topics, abort);
  }

  private url(topics: readonly Topic[]): string {
    return `${this.options.endpoint}v1/events?topics=${encodeURIComponent(topics.join(','))}`;
  }

  private async run(generation: number, topics: readonly Topic[], abort: AbortController): Promise<void> {
    let forgetLastId = false;
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (this.lastEventId !== undefined) headers['Last-Event-ID'] = this.lastEventId;
      if (this.options.facilitatorToken !== undefined) headers.Authorization = `Bearer ${this.options.facilitatorToken}`;
      const fetchFn = this.options.fetch;
      const response = await fetchFn(this.url(topics), { headers, signal: abort.signal });
      if (generation !== this.generation) {
        void response.body?.cancel().catch(() => undefined);
        return;
      }
      if (!response.ok || response.body === null) {
        void response.body?.cancel().catch(() => undefined);
        // Refused while resuming (an id this server does not know): start afresh.
        forgetLastId = response.status >= 400 && response.status < 500 && this.lastEventId !== undefined;
      } else {
        this.opened(topics);
        await this.read(response.body, generation, abort);
      }
    } catch {
      // Cut, refused or aborted: handled below.
    }
    this.dropped(generation, forgetLastId);
  }

  /** The connection is open: subscribers of topics that may have missed events read them again. */
  private opened(topics: readonly Topic[]): void {
    for (const topic of topics) {
      if (this.synced.has(topic)) continue;
      this.synced.add(topic);
      for (const subscriber of [...(this.subscribers.get(topic) ?? [])]) {
        try {
          subscriber.resync();
        } catch (error) {
          reportListenerError(error);
        }
      }
    }
  }

  private async read(body: ReadableStream<Uint8Array>, generation: number, abort: AbortController): Promise<void> {
    const reader = body.getReader();
    abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
    const decoder = new TextDecoder();
    const parser = new SseParser({
      onMessage: (message) => this.receive(message, generation),
      onRetry: (milliseconds) => {
        this.serverRetryMs = Math.min(milliseconds, this.options.retry.maxDelayMs);
      },
    });
    this.watchSilence(abort);
    for (;;) {
      const { done, value } = await reader.read();
      if (done || generation !== this.generation) return;
      this.failures = 0;
      this.watchSilence(abort);
      parser.push(decoder.decode(value, { stream: true }));
    }
  }

  private watchSilence(abort: AbortController): void {
    stopTimer(this.silenceTimer);
    this.silenceTimer = startTimer(() => abort.abort(), SILENCE_TIMEOUT_MS);
  }

  private receive(message: SseMessage, generation: number): void {
    if (generation !== this.generation) return;
    if (message.id !== undefined) this.lastEventId = message.id === '' ? undefined : message.id;
    const event = readStreamEvent(message.data);
    if (event === undefined) return;
    for (const subscriber of [...(this.subscribers.get(event.topic) ?? [])]) {
      try {
        subscriber.deliver(event);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  /** The connection ended: try again after a while, unless it was replaced or the stream stopped. */
  private dropped(generation: number, forgetLastId: boolean): void {
    if (generation !== this.generation || this.stopped) return;
    stopTimer(this.silenceTimer);
    this.connection = undefined;
    if (forgetLastId) this.lastEventId = undefined;
    this.synced.clear();
    this.failures += 1;
    const delay = Math.max(this.serverRetryMs, backoffDelay(this.failures, this.options.retry));
    this.reconnectTimer = startTimer(() => {
      this.reconnectTimer = undefined;
      if (!this.stopped) this.connect();
    }, delay);
  }
}
