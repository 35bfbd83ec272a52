/** What every part of the server shares: the database, the clock, the live parts and logs. */
import type { Ladder } from '@partnerkit/core';
import type { Database } from './db/database.js';
import type { EventHub } from './live/hub.js';
import type { ResultsPublisher } from './live/publisher.js';

/** Where the server writes its log lines. Never given personal data. */
export interface Logger {
  /** Something worth knowing happened (start, stop, purge). */
  info(message: string, details?: Readonly<Record<string, unknown>>): void;
  /** Something went wrong that the server recovered from. */
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
  /** Something went wrong that someone should look at. */
  error(message: string, details?: Readonly<Record<string, unknown>>): void;
}

/** A logger that writes nothing. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** The shared parts handed to every route. */
export interface ServerContext {
  /** Where data lives. */
  readonly db: Database;
  /** The current time as ISO 8601 text. */
  readonly now: () => string;
  /** Custom ladders polls may use besides the built-in ones. */
  readonly ladders: readonly Ladder[];
  /** Hands events to open streams. */
  readonly hub: EventHub;
  /** Sends results events, at most four per second per poll. */
  readonly publisher: ResultsPublisher;
  /** Where log lines go. */
  readonly logger: Logger;
}
