/**
 * A streaming parser for server-sent events (the `text/event-stream` format), fed text in
 * chunks of any size: a chunk may end in the middle of a line, or between the `\r` and `\n`
 * of a line break. It follows the format's rules: `data:` lines join with line breaks,
 * comments (`: ping`) are skipped, `id:` is remembered for the events after it, `retry:`
 * sets the reconnection time, and an event is sent at each blank line.
 */

/** One event read from the stream. */
export interface SseMessage {
  /** The last event id seen so far (`undefined` before any, `''` after an empty `id:`). */
  readonly id: string | undefined;
  /** The event name (`message` when the event gave none). */
  readonly event: string;
  /** The data lines joined with `\n`. */
  readonly data: string;
}

/** What the parser calls. */
export interface SseHandlers {
  /** Each complete event with data. */
  readonly onMessage: (message: SseMessage) => void;
  /** A `retry:` field: the wanted reconnection time in milliseconds. */
  readonly onRetry?: (milliseconds: number) => void;
}

const LF = 10;
const CR = 13;

/** Parses an event stream fed with {@link SseParser.push}. */
export class SseParser {
  private line = '';
  private data: string[] = [];
  private eventName = '';
  private lastId: string | undefined;
  private atStart = true;
  private skipLineFeed = false;

  /** @param handlers - what to call for events and `retry:` fields. */
  constructor(private readonly handlers: SseHandlers) {}

  /** Reads the next chunk of text (already decoded from UTF-8). */
  push(chunk: string): void {
    if (chunk === '') return;
    let start = 0;
    if (this.atStart) {
      this.atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) start = 1;
    }
    if (this.skipLineFeed) {
      this.skipLineFeed = false;
      if (chunk.charCodeAt(start) === LF) start += 1;
    }
    for (let i = start; i < chunk.length; i += 1) {
      const code = chunk.charCodeAt(i);
      if (code !== LF && code !== CR) continue;
      const line = this.line + chunk.slice(start, i);
      this.line = '';
      if (code === CR) {
        if (i + 1 === chunk.length) this.skipLineFeed = true;
        else if (chunk.charCodeAt(i + 1) === LF) i += 1;
      }
      start = i + 1;
      this.readLine(line);
    }
    if (start < chunk.length) this.line += chunk.slice(start);
  }

  private readLine(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.charCodeAt(0) === 58 /* : */) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* space */) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventName = value;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number(value));
        break;
      default:
        break;
    }
  }

  private dispatch(): void {
    const name = this.eventName;
    this.eventName = '';
    if (this.data.length === 0) return;
    const data = this.data.join('\n');
    this.data = [];
    this.handlers.onMessage({ id: this.lastId, event: name === '' ? 'message' : name, data });
  }
}
