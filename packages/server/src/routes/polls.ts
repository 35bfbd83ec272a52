/** Poll routes: create, read, facilitator actions, votes and results. */
import { POLL_ACTIONS } from '@partnerkit/core';
import { assertFacilitator, isFacilitator } from '../http/auth.js';
import { jsonAnswer, ok, readWrite, replayHeaders, writeOnce } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';

/** Adds the poll routes to `app`. */
export function pollRoutes(app: App, deps: RouteDeps): void {
  const { context, polls } = deps;
  const facilitator = (header: string | undefined): void => assertFacilitator(header, deps.facilitatorToken);

  app.post('/v1/polls', (c) => {
    facilitator(c.req.header('Authorization'));
    return writeOnce(c, deps, async (tx, body) => {
      const poll = await polls.create(tx, body);
      return { status: 201, value: poll, after: () => context.hub.poke() };
    });
  });

  app.get('/v1/polls/:id', async (c) => ok(await polls.get(context.db, c.req.param('id'))));

  for (const action of POLL_ACTIONS) {
    app.post(`/v1/polls/:id/${action}`, (c) => {
      facilitator(c.req.header('Authorization'));
      const id = c.req.param('id');
      return writeOnce(c, deps, async (tx) => {
        const { poll, resultsChanged } = await polls.act(tx, id, action);
        return {
          status: 200,
          value: poll,
          after: () => {
            context.hub.poke();
            if (resultsChanged) context.publisher.schedule(poll.id);
          },
        };
      });
    });
  }

  app.put('/v1/polls/:id/votes/:participant', async (c) => {
    const pollId = c.req.param('id');
    const participantId = c.req.param('participant');
    // Checked before anything is read, so a flood costs little.
    deps.voteLimiter.take(`${pollId}\u0000${participantId}`);
    const write = await readWrite(c);
    const outcome = await deps.votes.submit({ pollId, participantId, ...write });
    return jsonAnswer(outcome.answer.body, outcome.answer.status, replayHeaders(outcome.replayed));
  });

  app.get('/v1/polls/:id/votes/:participant', async (c) => {
    const vote = await polls.ownVote(context.db, c.req.param('id'), c.req.param('participant'));
    return ok({ vote: vote ?? null });
  });

  app.get('/v1/polls/:id/results', async (c) => {
    const seesAll = isFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    return ok(await polls.results(context.db, c.req.param('id'), seesAll));
  });
}
