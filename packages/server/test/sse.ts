/** Reading a server-sent event stream in tests. */
import type { PartnerKitServer } from '../src/server.js';

/**
 * How long to wait for an event before calling it missing. Generous: `npm test` runs the
 * browser end-to-end tests beside these on two cores, and a missing event still fails.
 */
const WAIT_MS = 30_000;

/** One event as received. */
export interface ReceivedEvent {
  /** Its id. */
  readonly id: number;
  /** Its type (`results`, `poll`, `pledge`). */
  readonly event: string;
  /** Its data, parsed. */
  readonly data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** An open stream. */
export interface TestStream {
  /** The status of the answer. */
  readonly status: number;
  /** Waits for the next event (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<ReceivedEvent>;
  /** Waits until `count` events have arrived and returns them all. */
  take(count: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  /** Comments received so far (heartbeats). */
  readonly comments: string[];
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  /** Disconnects. */
  close(): void;
}

/** Opens `/v1/events` with a query string and headers. */
export async function openStream(server: Pick<PartnerKitServer, 'fetch'>, query: string, headers: Record<string, string> = {}): Promise<TestStream> {
  const abort = new AbortController();
  const response = await server.fetch(new Request(`http://test.local/v1/events?${query}`, { headers, signal: abort.signal }));
  const queue: ReceivedEvent[] = [];
  const comments: string[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  let resolveEnded: () => void = () => {};
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
  if (response.body === null || response.status !== 200) {
    finished = true;
    resolveEnded();
  } else {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let text = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
          let split = text.indexOf('\n\n');
          while (split >= 0) {
            const block = text.slice(0, split);
            text = text.slice(split + 2);
            split = text.indexOf('\n\n');
            const fields: Record<string, string> = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments.push(line.slice(1).trim());
              const colon = line.indexOf(': ');
              if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 2);
            }
            if (fields.id !== undefined && fields.data !== undefined) {
              queue.push({ id: Number(fields.id), event: fields.event ?? 'message', data: JSON.parse(fields.data) });
            }
            wake?.();
          }
        }
      } catch {
        // Aborted by close().
      }
      finished = true;
      resolveEnded();
      wake?.();
    })();
  }
  let read = 0;
  const next = async (timeoutMs = WAIT_MS): Promise<ReceivedEvent> => {
    const deadline = Date.now() + timeoutMs;
    while (read >= queue.length) {
      if (finished) throw new Error('The stream ended.');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('No event arrived in time.');
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, Math.min(left, 100));
      });
    }
    return queue[read++]!;
  };
  return {
    status: response.status,
    next,
    async take(count, timeoutMs = WAIT_MS) {
      const events: ReceivedEvent[] = [];
      for (let i = 0; i < count; i++) events.push(await next(timeoutMs));
      return events;
    },
    comments,
    ended,
    close: () => abort.abort(),
  };
}
