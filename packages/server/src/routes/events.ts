/**
 * The live event stream (server-sent events) and the facilitator's stream tickets.
 * `GET /v1/events?topics=poll:a,wall:b` streams `results`, `poll` and `pledge` events, each
 * with an `id`; `Last-Event-ID` (or `?lastEventId=`) resumes after a cut.
 */
import { isId, t } from '@partnerkit/core';
import { assertFacilitator, assertTicket, isFacilitator, issueTicket } from '../http/auth.js';
import { HttpError } from '../http/errors.js';
import { writeOnce } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';
import { openEventStream } from '../live/stream.js';
import { recordAudit } from '../services/audit.js';

/** The most topics one stream may follow. */
export const MAX_TOPICS = 50;

const TOPIC = /^(poll|wall):(.+)$/;

/** Reads `topics` (`poll:<id>` or `wall:<id>`, separated by commas). */
export function readTopics(input: string | undefined): Set<string> {
  const list = (input ?? '').split(',').map((topic) => topic.trim()).filter((topic) => topic !== '');
  if (list.length === 0 || list.length > MAX_TOPICS) {
    throw new HttpError(400, 'invalid', 'topics', t(`Please name 1 to ${MAX_TOPICS} topics, such as "poll:<id>" or "wall:<id>", separated by commas.`, `Veuillez nommer de 1 à ${MAX_TOPICS} sujets, comme « poll:<id> » ou « wall:<id> », séparés par des virgules.`));
  }
  for (const topic of list) {
    const match = TOPIC.exec(topic);
    if (match === null || !isId(match[2])) {
      throw new HttpError(400, 'invalid', 'topics', t('A topic looks like "poll:<id>" or "wall:<id>".', 'Un sujet a la forme « poll:<id> » ou « wall:<id> ».'));
    }
  }
  return new Set(list);
}

/** Reads the id to resume after (`Last-Event-ID`), when there is one. */
export function readLastEventId(input: string | undefined): number | undefined {
  if (input === undefined || input === '') return undefined;
  if (!/^\d{1,15}$/.test(input)) {
    throw new HttpError(400, 'invalid', 'lastEventId', t('The last event id should be a whole number, as sent with each event.', 'L’identifiant du dernier événement devrait être un nombre entier, comme envoyé avec chaque événement.'));
  }
  return Number(input);
}

/** Adds the event routes to `app`. */
export function eventRoutes(app: App, deps: RouteDeps): void {
  const { context } = deps;

  app.post('/v1/events/tickets', (c) => {
    assertFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    return writeOnce(c, deps, async (tx) => {
      await recordAudit(tx, context.now(), 'events.ticket', 'events');
      return { status: 201, value: issueTicket(deps.facilitatorToken ?? '', Date.now()) };
    });
  });

  app.get('/v1/events', (c) => {
    const topics = readTopics(c.req.query('topics'));
    const ticket = c.req.query('ticket');
    let facilitator = isFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    if (!facilitator && ticket !== undefined) {
      assertTicket(ticket, deps.facilitatorToken, Date.now());
      facilitator = true;
    }
    const lastEventId = readLastEventId(c.req.header('Last-Event-ID') ?? c.req.query('lastEventId'));
    const body = openEventStream(context.hub, context.db, {
      topics,
      facilitator,
      lastEventId,
      signal: c.req.raw.signal,
      onError: (error) => context.logger.error('An event stream could not catch up.', { error: String(error) }),
    });
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  });


}
