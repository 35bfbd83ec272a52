/**
 * Record routes: a participant's parity assessments (theirs to write and read; a
 * facilitator reads any), a team's parity, and the facilitator's contributions,
 * acknowledgements and loop items.
 */
import { PartnerKitError, readId, t } from '@partnerkit/core';
import { assertFacilitator, isFacilitator } from '../http/auth.js';
import { HttpError } from '../http/errors.js';
import { ok, writeOnce } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';
import { FACILITATOR_OWNER } from '../services/records.js';

/** The header that carries a participant's id on record routes. */
export const PARTICIPANT_HEADER = 'X-Participant-Id';

/** Collections only facilitators keep, by their address. */
export const FACILITATOR_COLLECTIONS = ['contributions', 'acknowledgements', 'loop-items'] as const;

function participantOf(header: string | undefined): string {
  if (header === undefined) {
    throw new HttpError(401, 'unauthorized', PARTICIPANT_HEADER, t(`Please send your participant id in the ${PARTICIPANT_HEADER} header.`, `Veuillez envoyer votre identifiant de participant dans l’en-tête ${PARTICIPANT_HEADER}.`));
  }
  return readId(header, PARTICIPANT_HEADER);
}

/** Adds the record routes to `app`. */
export function recordRoutes(app: App, deps: RouteDeps): void {
  const { context, records } = deps;
  const facilitator = (header: string | undefined): void => assertFacilitator(header, deps.facilitatorToken);

  app.put('/v1/assessments/:id', (c) => {
    const owner = participantOf(c.req.header(PARTICIPANT_HEADER));
    const id = c.req.param('id');
    return writeOnce(c, deps, async (tx, body) => ({ status: 200, value: await records.put(tx, 'assessments', id, owner, body, false) }));
  });

  app.get('/v1/assessments/:id', async (c) => {
    const seesAll = isFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    const owner = seesAll ? undefined : participantOf(c.req.header(PARTICIPANT_HEADER));
    const record = await records.get(context.db, 'assessments', c.req.param('id'));
    if (owner !== undefined && record.ownerId !== owner) {
      throw new PartnerKitError('forbidden', 'id', t('This assessment belongs to someone else.', 'Cette évaluation appartient à quelqu’un d’autre.'));
    }
    return ok(record);
  });

  app.get('/v1/teams/:id/parity', async (c) => {
    facilitator(c.req.header('Authorization'));
    return ok(await records.teamParity(context.db, c.req.param('id')));
  });

  for (const collection of FACILITATOR_COLLECTIONS) {
    app.get(`/v1/${collection}`, async (c) => {
      facilitator(c.req.header('Authorization'));
      return ok(await records.list(context.db, collection));
    });
    app.get(`/v1/${collection}/:id`, async (c) => {
      facilitator(c.req.header('Authorization'));
      return ok(await records.get(context.db, collection, c.req.param('id')));
    });
    app.put(`/v1/${collection}/:id`, (c) => {
      facilitator(c.req.header('Authorization'));
      const id = c.req.param('id');
      return writeOnce(c, deps, async (tx, body) => ({ status: 200, value: await records.put(tx, collection, id, FACILITATOR_OWNER, body, true) }));
    });
    app.delete(`/v1/${collection}/:id`, (c) => {
      facilitator(c.req.header('Authorization'));
      const id = c.req.param('id');
      return writeOnce(c, deps, async (tx) => ({ status: 200, value: { deleted: await records.remove(tx, collection, id) } }));
    });
  }
}
