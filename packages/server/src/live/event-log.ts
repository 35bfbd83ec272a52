/**
 * The events table: every live event gets its id there (a growing number), so a stream can
 * resume after the last id it saw, from any server process. Events are written inside the
 * transaction of the change they announce, and announced with `NOTIFY` when it commits.
 */
import type { StoreEvent, Topic } from '@partnerkit/core';
import type { Queryable } from '../db/database.js';

/** The `NOTIFY` channel that says "new events are in the table". */
export const EVENTS_CHANNEL = 'partnerkit_events';

/**
 * A lock every event-writing transaction takes just before writing its event, so events
 * commit in the order of their ids and a reader that saw id `n` never misses a smaller one.
 *
 * Why it stays: ids come from a sequence, and a sequence hands out numbers at insert time,
 * not at commit time. Without the lock, transaction A could take id 5, transaction B id 6,
 * and B commit first: a stream (or the hub) reading "events after 5" would see 6, move its
 * cursor to 6, and never send 5 once A commits — a gap that `Last-Event-ID` cannot repair.
 * Held from the insert until commit, the lock makes ids visible in order. It is what makes
 * resume gap-free, on PostgreSQL with several connections and processes (on PGlite, one
 * connection, it costs nothing).
 *
 * It is already as narrow as it can be without changing how readers work: the event is
 * the last statement of every transaction that writes one (results snapshots, poll
 * changes, pledges), so the lock covers only that insert, the idempotency answer written
 * after it, and the commit. Vote batches write no event and never take it. Removing it
 * would need readers to stop at the oldest transaction still running (a `pg_current_snapshot()`
 * horizon kept with each event), which PGlite and PostgreSQL would have to agree on.
 */
const EVENT_ORDER_LOCK = 720_514_002;

/** An event as read back from the table. */
export interface LoggedEvent {
  /** Its id: larger for later events. */
  readonly id: number;
  /** The topic it was sent on. */
  readonly topic: Topic;
  /** `results`, `poll` or `pledge`. */
  readonly type: StoreEvent['type'];
  /** True when only facilitators may receive it (results of a poll still hidden). */
  readonly restricted: boolean;
  /** The {@link StoreEvent} as JSON text. */
  readonly data: string;
}

/** Writes an event inside transaction `tx`; it is announced when `tx` commits. */
export async function appendEvent(tx: Queryable, event: StoreEvent, restricted: boolean, at: string): Promise<void> {
  await tx.query(
    `WITH ordered AS (SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK})),
     inserted AS (
       INSERT INTO events (topic, restricted, data, created_at)
       SELECT $1, $2, $3, $4 FROM ordered
       RETURNING id
     )
     SELECT pg_notify('${EVENTS_CHANNEL}', id::text) FROM inserted`,
    [event.topic, restricted, JSON.stringify(event), at],
  );
}

interface EventRow extends Record<string, unknown> {
  id: string;
  topic: string;
  restricted: boolean;
  data: string;
}

function toLoggedEvent(row: EventRow): LoggedEvent {
  const data = row.data;
  const type = (JSON.parse(data) as StoreEvent).type;
  return { id: Number(row.id), topic: row.topic as Topic, type, restricted: row.restricted, data };
}

/**
 * Events after `afterId`, oldest first, at most `limit`; only those on `topics` when given.
 */
export async function eventsAfter(db: Queryable, afterId: number, limit: number, topics?: readonly string[]): Promise<LoggedEvent[]> {
  const rows =
    topics === undefined
      ? await db.query<EventRow>('SELECT id::text AS id, topic, restricted, data FROM events WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit])
      : await db.query<EventRow>(
          `SELECT id::text AS id, topic, restricted, data FROM events
           WHERE id > $1 AND topic = ANY (string_to_array($2, ' ')) ORDER BY id LIMIT $3`,
          [afterId, topics.join(' '), limit],
        );
  return rows.map(toLoggedEvent);
}

/** The id of the newest event, or 0 when there is none. */
export async function latestEventId(db: Queryable): Promise<number> {
  const rows = await db.query<{ id: string | null }>('SELECT max(id)::text AS id FROM events');
  return Number(rows[0]?.id ?? 0);
}
