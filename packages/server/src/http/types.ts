/** The types shared by the HTTP layer. */
import type { Hono } from 'hono';
import type { Locale } from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { PeopleService } from '../services/people.js';
import type { PledgeService } from '../services/pledges.js';
import type { PollService } from '../services/polls.js';
import type { RecordService } from '../services/records.js';
import type { VoteQueue } from '../services/votes.js';
import type { RateLimiter } from './rate-limit.js';

/** Values each request carries through the middleware. */
export interface AppEnv {
  /** Per-request values. */
  Variables: {
    /** The language of error messages, from `Accept-Language`. */
    locale: Locale;
  };
}

/** The Hono application type of the server. */
export type App = Hono<AppEnv>;

/** What the routes need. */
export interface RouteDeps {
  /** The shared parts. */
  readonly context: ServerContext;
  /** Polls and votes. */
  readonly polls: PollService;
  /** Votes, applied in batches. */
  readonly votes: VoteQueue;
  /** Pledges. */
  readonly pledges: PledgeService;
  /** Assessments, contributions, acknowledgements, loop items. */
  readonly records: RecordService;
  /** Personal data export and erasure. */
  readonly people: PeopleService;
  /** The facilitator token, when one is set. */
  readonly facilitatorToken: string | undefined;
  /** Vote rate limits. */
  readonly voteLimiter: RateLimiter;
}
