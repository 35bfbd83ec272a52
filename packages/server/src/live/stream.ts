/**
 * One server-sent event stream: the events of some topics, each with its `id` so the
 * browser's EventSource resumes after a cut (`Last-Event-ID`) with no gap and no duplicate.
 */
import type { Database } from '../db/database.js';
import { eventsAfter, type LoggedEvent } from './event-log.js';
import type { EventHub, HubSubscriber } from './hub.js';

/** Events read at once when catching up after a resume. */
const HISTORY_BATCH = 500;
/** A stream whose reader lags this many chunks behind is ended (the browser reconnects). */
const MAX_QUEUED_CHUNKS = 2000;
/** How long a browser waits before reconnecting, in milliseconds (sent as `retry:`). */
const RETRY_MS = 2000;

const encoder = new TextEncoder();
const frames = new WeakMap<LoggedEvent, Uint8Array>();
const PING = encoder.encode(': ping\n\n');

/** The bytes of an event on the wire, encoded once however many streams send it. */
function frameOf(event: LoggedEvent): Uint8Array {
  let frame = frames.get(event);
  if (frame === undefined) {
    frame = encoder.encode(`id: ${event.id}\nevent: ${event.type}\ndata: ${event.data}\n\n`);
    frames.set(event, frame);
  }
  return frame;
}

/** What {@link openEventStream} needs. */
export interface EventStreamOptions {
  /** The topics to send, for example `poll:a` and `wall:b`. */
  readonly topics: ReadonlySet<string>;
  /** True for a facilitator: results of hidden polls are sent too. */
  readonly facilitator: boolean;
  /** Resume after this event id; without it, only events from now on are sent. */
  readonly lastEventId?: number | undefined;
  /** Aborts when the client goes away. */
  readonly signal?: AbortSignal | undefined;
  /** Hears errors met while catching up. */
  readonly onError: (error: unknown) => void;
}

/** Opens a stream on the hub and returns it as an HTTP response body. */
export function openEventStream(hub: EventHub, db: Database, options: EventStreamOptions): ReadableStream<Uint8Array> {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let lastSent = options.lastEventId ?? hub.position;
  let buffer: LoggedEvent[] | undefined = options.lastEventId === undefined ? undefined : [];
  let ended = false;
  let unsubscribe = (): void => {};

  const write = (chunk: Uint8Array): void => {
    if (ended || controller === undefined) return;
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) {
      end();
      return;
    }
    controller.enqueue(chunk);
  };
  const send = (event: LoggedEvent): void => {
    if (event.id <= lastSent) return;
    if (event.restricted && !options.facilitator) return;
    lastSent = event.id;
    write(frameOf(event));
  };
  const end = (): void => {
    if (ended) return;
    ended = true;
    unsubscribe();
    options.signal?.removeEventListener('abort', end);
    try {
      controller?.close();
    } catch {
      // Already closed by the client.
    }
  };

  const subscriber: HubSubscriber = {
    topics: options.topics,
    facilitator: options.facilitator,
    deliver(event) {
      if (buffer !== undefined) buffer.push(event);
      else send(event);
    },
    ping: () => write(PING),
    end,
  };

  async function catchUp(afterId: number): Promise<void> {
    try {
      let cursor = afterId;
      for (;;) {
        const history = await eventsAfter(db, cursor, HISTORY_BATCH, [...options.topics]);
        for (const event of history) send(event);
        if (history.length < HISTORY_BATCH || ended) break;
        cursor = history[history.length - 1]!.id;
      }
      const waiting = buffer ?? [];
      buffer = undefined;
      for (const event of waiting) send(event);
    } catch (error) {
      options.onError(error);
      end();
    }
  }

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      streamController.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
      unsubscribe = hub.subscribe(subscriber);
      if (options.signal?.aborted) {
        end();
        return;
      }
      options.signal?.addEventListener('abort', end);
      if (options.lastEventId !== undefined) void catchUp(options.lastEventId);
    },
    cancel() {
      end();
    },
  });
}
