/** Routes about the server itself: health, its OpenAPI description and the audit log. */
import { readInteger } from '@partnerkit/core';
import { assertFacilitator } from '../http/auth.js';
import { jsonAnswer, ok } from '../http/request.js';
import type { App, RouteDeps } from '../http/types.js';
import { openApiDocument } from '../openapi.js';
import { listAudit } from '../services/audit.js';

/** The most audit entries one answer holds. */
export const MAX_AUDIT_ENTRIES = 1000;

/** Adds the health, OpenAPI and audit routes to `app`. */
export function metaRoutes(app: App, deps: RouteDeps): void {
  const { context } = deps;
  const openApiText = JSON.stringify(openApiDocument());

  const health = async (): Promise<Response> => {
    await context.db.query('SELECT 1');
    return ok({ status: 'ok', database: context.db.kind, streams: context.hub.size });
  };
  app.get('/healthz', health);
  app.get('/v1/healthz', health);

  app.get('/v1/openapi.json', () => jsonAnswer(openApiText, 200));

  app.get('/v1/audit', async (c) => {
    assertFacilitator(c.req.header('Authorization'), deps.facilitatorToken);
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 100 : readInteger(Number(limitText), 'limit', { min: 1, max: MAX_AUDIT_ENTRIES });
    return ok(await listAudit(context.db, limit));
  });
}
