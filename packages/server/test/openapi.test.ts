import { expect, it } from 'vitest';
import { silentLogger } from '../src/context.js';
import { buildApp } from '../src/http/app.js';
import type { RouteDeps } from '../src/http/types.js';
import { OPERATIONS } from '../src/openapi.js';
import { forEachDatabase } from './support.js';

/** Every route the application answers, as `method path` with `{name}` parameters. */
function appRoutes(): string[] {
  // Building the routes needs no working parts: nothing is called.
  const app = buildApp({ context: { logger: silentLogger } } as unknown as RouteDeps, { allowedOrigins: [], maxBodyBytes: 1024 });
  return [...new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`))].sort();
}

it('describes exactly the routes the server answers, both ways', () => {
  const documented = OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort();
  expect(appRoutes()).toEqual(documented);
});

forEachDatabase('the OpenAPI document', (get) => {
  it('is served at /v1/openapi.json as OpenAPI 3.1 with every path', async () => {
    const answer = await get().call('GET', '/v1/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.1.0');
    const served = Object.entries(answer.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(served.sort()).toEqual(appRoutes());
  });
});
