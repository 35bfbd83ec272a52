/** Personal data routes: export and erasure, for facilitators acting on a person's request. */
import { assertFacilitator } from '../http/auth.js';
import { ok, writeOnce } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';

/** Adds the personal data routes to `app`. */
export function peopleRoutes(app: App, deps: RouteDeps): void {
  const { context, people } = deps;

  app.get('/v1/people/:key/export', async (c) => {
    assertFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    const key = people.key(c.req.param('key'));
    return ok(await context.db.transaction((tx) => people.export(tx, key)));
  });

  app.delete('/v1/people/:key/export', (c) => {
    assertFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    const key = people.key(c.req.param('key'));
    return writeOnce(c, deps, async (tx) => ({ status: 200, value: { erased: await people.erase(tx, key) } }));
  });
}
