/** Pledge routes: make, list a wall, join, and change (owner only). */
import { t } from '@partnerkit/core';
import { bearerToken } from '../http/auth.js';
import { HttpError } from '../http/errors.js';
import { ok, writeOnce } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';

/** Adds the pledge routes to `app`. */
export function pledgeRoutes(app: App, deps: RouteDeps): void {
  const { context, pledges } = deps;

  app.post('/v1/pledges', (c) =>
    writeOnce(c, deps, async (tx, body) => ({ status: 201, value: await pledges.create(tx, body), after: () => context.hub.poke() })),
  );

  app.get('/v1/pledges', async (c) => ok(await pledges.list(context.db, c.req.query('wall'))));

  app.post('/v1/pledges/:id/join', (c) => {
    const id = c.req.param('id');
    return writeOnce(c, deps, async (tx, body) => ({ status: 200, value: await pledges.join(tx, id, body), after: () => context.hub.poke() }));
  });

  app.patch('/v1/pledges/:id', (c) => {
    const id = c.req.param('id');
    const token = bearerToken(c.req.header('Authorization'));
    if (token === undefined) {
      throw new HttpError(401, 'unauthorized', 'Authorization', t('Please send the pledge’s owner token as a bearer token.', 'Veuillez envoyer le jeton de l’auteur de l’engagement comme jeton porteur.'), { 'WWW-Authenticate': 'Bearer' });
    }
    return writeOnce(c, deps, async (tx, body) => ({ status: 200, value: await pledges.update(tx, id, token, body), after: () => context.hub.poke() }));
  });
}
