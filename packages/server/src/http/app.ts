/** The Hono application: middleware (language, CORS, body size), routes and error answers. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { t } from '@partnerkit/core';
import { eventRoutes } from '../routes/events.js';
import { metaRoutes } from '../routes/meta.js';
import { peopleRoutes } from '../routes/people.js';
import { pledgeRoutes } from '../routes/pledges.js';
import { pollRoutes } from '../routes/polls.js';
import { recordRoutes } from '../routes/records.js';
import { limitBody } from './body-limit.js';
import { errorAnswer, HttpError, localeFromHeader } from './errors.js';
import { jsonAnswer } from './request.js';
import type { App, AppEnv, RouteDeps } from './types.js';

/** Options of {@link buildApp} besides the route dependencies. */
export interface AppOptions {
  /** Browser origins allowed to call the server (CORS). None: no cross-origin calls. */
  readonly allowedOrigins: readonly string[];
  /** The largest request body, in bytes. */
  readonly maxBodyBytes: number;
}

/** Builds the application. */
export function buildApp(deps: RouteDeps, options: AppOptions): App {
  const app = new Hono<AppEnv>();
  const logger = deps.context.logger;

  app.use('*', async (c, next) => {
    c.set('locale', localeFromHeader(c.req.header('Accept-Language')));
    await next();
  });

  if (options.allowedOrigins.length > 0) {
    const allowed = new Set(options.allowedOrigins);
    app.use(
      '*',
      cors({
        origin: (origin) => (allowed.has(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'Last-Event-ID', 'Accept-Language', 'X-Participant-Id'],
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
        maxAge: 600,
      }),
    );
  }

  app.use('*', limitBody(options.maxBodyBytes));

  metaRoutes(app, deps);
  pollRoutes(app, deps);
  pledgeRoutes(app, deps);
  recordRoutes(app, deps);
  peopleRoutes(app, deps);
  eventRoutes(app, deps);

  app.notFound((c) => {
    const answer = errorAnswer(new HttpError(404, 'route-not-found', '', t('There is nothing at this address.', 'Il n’y a rien à cette adresse.')), c.get('locale') ?? 'en');
    return jsonAnswer(JSON.stringify(answer.body), answer.status, answer.headers);
  });

  app.onError((error, c) => {
    const answer = errorAnswer(error, c.get('locale') ?? localeFromHeader(c.req.header('Accept-Language')), (unexpected) =>
      logger.error('A request failed unexpectedly.', { method: c.req.method, route: c.req.routePath, error: unexpected instanceof Error ? unexpected.stack ?? unexpected.message : String(unexpected) }),
    );
    return jsonAnswer(JSON.stringify(answer.body), answer.status, answer.headers);
  });

  return app;
}
