/**
 * The event hub of one server process: it follows the events table (woken by `NOTIFY` from
 * any process, or directly after a local write) and hands each new event to the open
 * streams subscribed to its topic, in id order.
 */
import type { Database } from '../db/database.js';
import { EVENTS_CHANNEL, eventsAfter, latestEventId, type LoggedEvent } from './event-log.js';

/** How many events the hub reads at once. */
const BATCH = 500;

/** Someone who hears events: an open event stream. */
export interface HubSubscriber {
  /** The topics it listens to. */
  readonly topics: ReadonlySet<string>;
  /** True for a facilitator's stream: it also receives restricted events. */
  readonly facilitator: boolean;
  /** Takes one event (already filtered by topic and restriction). */
  deliver(event: LoggedEvent): void;
  /** Sends a heartbeat comment. */
  ping(): void;
  /** Ends the stream (the server is closing). */
  end(): void;
}

/** Follows the events table and fans events out to subscribers. */
export class EventHub {
  private lastId = 0;
  private readonly byTopic = new Map<string, Set<HubSubscriber>>();
  private readonly all = new Set<HubSubscriber>();
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopListening: (() => Promise<void>) | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  /**
   * @param db - the database holding the events table.
   * @param heartbeatMs - time between heartbeat comments on every stream.
   * @param onError - hears errors met while reading events.
   */
  constructor(
    private readonly db: Database,
    private readonly heartbeatMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts following the table from its newest event. */
  async start(): Promise<void> {
    this.lastId = await latestEventId(this.db);
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, () => this.poke());
    this.heartbeat = setInterval(() => {
      for (const subscriber of this.all) subscriber.ping();
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** The id of the newest event handed out so far. */
  get position(): number {
    return this.lastId;
  }

  /** How many streams are open. */
  get size(): number {
    return this.all.size;
  }

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(subscriber: HubSubscriber): () => void {
    this.all.add(subscriber);
    for (const topic of subscriber.topics) {
      let set = this.byTopic.get(topic);
      if (set === undefined) {
        set = new Set();
        this.byTopic.set(topic, set);
      }
      set.add(subscriber);
    }
    return () => {
      this.all.delete(subscriber);
      for (const topic of subscriber.topics) {
        const set = this.byTopic.get(topic);
        if (set === undefined) continue;
        set.delete(subscriber);
        if (set.size === 0) this.byTopic.delete(topic);
      }
    };
  }

  /** Reads and hands out new events soon (called after a write, or on `NOTIFY`). */
  poke(): void {
    if (this.closed) return;
    if (this.pumping !== undefined) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }

  /** Resolves once the events committed so far have been handed out. */
  async settle(): Promise<void> {
    this.poke();
    while (this.pumping !== undefined) await this.pumping;
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const events = await eventsAfter(this.db, this.lastId, BATCH);
        for (const event of events) {
          this.lastId = event.id;
          this.fanOut(event);
        }
        if (events.length < BATCH || this.closed) return;
      }
    } catch (error) {
      if (!this.closed) this.onError(error);
    }
  }

  private fanOut(event: LoggedEvent): void {
    const set = this.byTopic.get(event.topic);
    if (set === undefined) return;
    for (const subscriber of set) {
      if (event.restricted && !subscriber.facilitator) continue;
      subscriber.deliver(event);
    }
  }

  /** Ends every stream and stops following the table. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.heartbeat !== undefined) clearInterval(this.heartbeat);
    await this.pumping;
    this.closed = true;
    for (const subscriber of [...this.all]) subscriber.end();
    this.all.clear();
    this.byTopic.clear();
    await this.stopListening?.();
  }
}
