import { PARITY_ITEM_IDS, getBuiltInLadder } from '@partnerkit/core';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/context.js';
import { buildApp } from '../src/http/app.js';
import type { RouteDeps } from '../src/http/types.js';
import { OPERATIONS, openApiDocument } from '../src/openapi.js';
import { SCHEMAS } from '../src/schemas.js';
import { referencesIn, schemaProblems } from './json-schema.js';
import { openStream } from './sse.js';
import { forEachDatabase, freshId, TOKEN, type Answer, type CallOptions, type TestServer } from './support.js';

type Schema = Readonly<Record<string, unknown>>;
type PathItem = Record<string, { requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>;

const document = openApiDocument() as { paths: Record<string, PathItem>; components: { schemas: Record<string, Schema> } };
const schemas = document.components.schemas;

/** Every route the application answers, as `method path` with `{name}` parameters. */
function appRoutes(): string[] {
  // Building the routes needs no working parts: nothing is called.
  const app = buildApp({ context: { logger: silentLogger } } as unknown as RouteDeps, { allowedOrigins: [], maxBodyBytes: 1024 });
  return [...new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`))].sort();
}

/** The documented schema of an answer: for its route and status, else the `default` answer. */
function answerSchema(method: string, template: string, status: number): Schema {
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (operation === undefined) throw new Error(`${method} ${template} is not documented.`);
  const response = operation.responses[String(status)] ?? (status >= 400 ? operation.responses.default : undefined);
  const schema = response?.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`${method} ${template} documents no JSON answer for status ${status}.`);
  return schema;
}

/** Which routes and statuses the real answers covered. */
const covered = new Set<string>();

/**
 * Calls the server and checks the answer's body against the schema documented for its route
 * (`template`, with `{name}` parameters) and status; for a success, the request body too.
 */
async function documented(server: TestServer, method: string, template: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const answer = await server.call(method, path, options);
  expect(schemaProblems(answer.body, answerSchema(method, template, answer.status), schemas), `${method} ${path} → ${answer.status}`).toEqual([]);
  if (answer.status < 300 && options.body !== undefined) {
    const request = document.paths[template]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
    expect(request, `${method} ${template} documents its request body`).toBeDefined();
    expect(schemaProblems(options.body, request ?? {}, schemas), `request body of ${method} ${path}`).toEqual([]);
  }
  covered.add(`${method.toLowerCase()} ${template} ${answer.status}`);
  return answer;
}

/** The rung ids of the built-in participation ladder, lowest first. */
const RUNGS = getBuiltInLadder('participation')?.rungs.map((rung) => rung.id) ?? [];

function assessment(id: string, teamId: string, assessedOn: string, answer: string) {
  return { id, teamId, assessedOn, answers: Object.fromEntries(PARITY_ITEM_IDS.slice(0, 6).map((item) => [item, answer])) };
}

it('describes exactly the routes the server answers, both ways', () => {
  const documentedRoutes = OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort();
  expect(appRoutes()).toEqual(documentedRoutes);
});

describe('the schemas of the OpenAPI document', () => {
  it('resolve every reference, and describe the body of every answer and every request that takes one', () => {
    for (const reference of referencesIn(document)) {
      expect(Object.keys(schemas), reference).toContain(reference.replace('#/components/schemas/', ''));
    }
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const content = Object.values(response.content ?? {})[0];
          expect(content?.schema, `${method} ${path} ${status}`).toBeDefined();
        }
        if (['post', 'put', 'patch'].includes(method) && !path.endsWith('/open') && !path.endsWith('/close') && !path.endsWith('/reveal') && !path.endsWith('/reset') && !path.endsWith('/tickets')) {
          expect(operation.requestBody, `${method} ${path} takes a body`).toBeDefined();
        }
      }
    }
  });

  it('are checked strictly: the checker refuses what the schemas do not allow', () => {
    const messages = { en: 'y', fr: 'z' };
    expect(schemaProblems({ error: { code: 'x', message: 'y', field: '', messages } }, { $ref: '#/components/schemas/Error' }, schemas)).toEqual([]);
    expect(schemaProblems({ error: { code: 'x', message: 'y', field: '' } }, { $ref: '#/components/schemas/Error' }, schemas)).not.toEqual([]);
    expect(schemaProblems({ error: { code: 'x', message: 'y', messages } }, { $ref: '#/components/schemas/Error' }, schemas)).not.toEqual([]);
    expect(schemaProblems({ error: { code: 'x', message: 'y', field: '', messages, extra: 1 } }, { $ref: '#/components/schemas/Error' }, schemas)).not.toEqual([]);
    const result = { ladderId: 'participation', minGroupSize: 5, total: 2, counts: null };
    expect(schemaProblems(result, SCHEMAS.ProtectedResult, schemas)).toEqual([]);
    expect(schemaProblems({ ...result, counts: { a: 1.5 } }, SCHEMAS.ProtectedResult, schemas)).not.toEqual([]);
    expect(schemaProblems({ ...result, counts: 'none' }, SCHEMAS.ProtectedResult, schemas)).not.toEqual([]);
    expect(schemaProblems({ vote: null }, SCHEMAS.OwnVote, schemas)).toEqual([]);
    expect(schemaProblems({ vote: { pollId: 'p' } }, SCHEMAS.OwnVote, schemas)).not.toEqual([]);
    expect(() => schemaProblems(1, { type: 'integer', pattern: 'x' }, schemas)).toThrow(/pattern/);
  });
});

forEachDatabase('the OpenAPI document', (get) => {
  it('is served at /v1/openapi.json as OpenAPI 3.1 with every path', async () => {
    const answer = await documented(get(), 'GET', '/v1/openapi.json', '/v1/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe('3.1.0');
    const served = Object.entries(answer.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(served.sort()).toEqual(appRoutes());
  });

  it('describes the real answers of polls, votes and results, protected counts included', async () => {
    const server = get();
    const rungs = RUNGS;
    expect(rungs.length).toBeGreaterThan(1);
    const pollId = freshId('poll');
    const settings = { id: pollId, question: 'How are partners involved?', minGroupSize: 3, minNewVotes: 1, askSegment: true };
    expect((await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: settings })).status).toBe(401);
    expect((await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: settings, token: 'wrong' })).status).toBe(403);
    expect((await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: { ...settings, colour: 'red' }, token: true })).status).toBe(400);
    const french = await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: { id: 12 }, token: true, headers: { 'Accept-Language': 'fr' } });
    expect(french.status).toBe(400);
    expect(french.body.error.field).toBe('id');
    expect((await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: settings, token: true })).status).toBe(201);
    expect((await documented(server, 'GET', '/v1/polls/{id}', `/v1/polls/${pollId}`)).body.id).toBe(pollId);
    expect((await documented(server, 'GET', '/v1/polls/{id}', `/v1/polls/${freshId('missing')}`)).status).toBe(404);
    expect((await documented(server, 'GET', '/v1/polls/{id}/results', `/v1/polls/${pollId}/results`)).body.version).toBe(0);

    const vote = (participant: string, body: unknown, key?: string) =>
      documented(server, 'PUT', '/v1/polls/{id}/votes/{participant}', `/v1/polls/${pollId}/votes/${participant}`, { body, ...(key !== undefined && { key }) });
    const first = await vote('voter-1', { rung: rungs[0], segment: 'staff' });
    expect(first.status).toBe(200);
    expect(first.body.result.counts).toBeNull();
    for (let index = 2; index <= 5; index++) expect((await vote(`voter-${index}`, { rung: rungs[index % 2], segment: index === 5 ? 'patient' : 'staff' })).status).toBe(200);
    const results = await documented(server, 'GET', '/v1/polls/{id}/results', `/v1/polls/${pollId}/results`);
    expect(results.body.result.counts).not.toBeNull();
    expect(results.body.result.segments.patient.counts).toBeNull();
    expect((await vote('voter-6', { rung: 'no-such-rung' })).status).toBe(400);
    expect((await vote('voter-7', { rung: rungs[0] }, 'key-once')).status).toBe(200);
    expect((await vote('voter-7', { rung: rungs[1] }, 'key-once')).status).toBe(422);
    expect((await server.call('PUT', `/v1/polls/${pollId}/votes/voter-8`, { body: { rung: rungs[0] }, key: null })).status).toBe(400);

    const own = (participant: string) => documented(server, 'GET', '/v1/polls/{id}/votes/{participant}', `/v1/polls/${pollId}/votes/${participant}`);
    expect((await own('voter-1')).body.vote).toMatchObject({ pollId, participantId: 'voter-1', segment: 'staff' });
    expect((await own('nobody')).body.vote).toBeNull();

    for (const action of ['close', 'reveal', 'reset', 'open'] as const) {
      const answer = await documented(server, 'POST', `/v1/polls/{id}/${action}`, `/v1/polls/${pollId}/${action}`, { token: true });
      expect([200, 409]).toContain(answer.status);
    }
    await documented(server, 'POST', '/v1/polls/{id}/close', `/v1/polls/${pollId}/close`, { token: true });
    expect((await vote('voter-9', { rung: rungs[0] })).status).toBe(409);

    const hidden = freshId('hidden');
    await documented(server, 'POST', '/v1/polls', '/v1/polls', { body: { id: hidden, resultsVisibility: 'hidden' }, token: true });
    const hiddenResults = await documented(server, 'GET', '/v1/polls/{id}/results', `/v1/polls/${hidden}/results`);
    expect(hiddenResults.body.result).toMatchObject({ total: 0, counts: null });
    expect((await documented(server, 'POST', '/v1/polls/{id}/reveal', `/v1/polls/${hidden}/reveal`, { token: true })).body.revealed).toBe(true);
    const large = await server.call('POST', '/v1/pledges', { raw: JSON.stringify({ wallId: 'w', text: 'x'.repeat(70_000) }) });
    expect(large.status).toBe(413);
    expect(schemaProblems(large.body, answerSchema('POST', '/v1/pledges', 413), schemas)).toEqual([]);
  });

  it('describes the real answers of pledges, records, personal data, tickets, health and audit', async () => {
    const server = get();
    for (const path of ['/healthz', '/v1/healthz']) expect((await documented(server, 'GET', path, path)).body.status).toBe('ok');
    const wall = freshId('wall');
    const name = `Sam ${freshId('n')}`;
    const made = await documented(server, 'POST', '/v1/pledges', '/v1/pledges', { body: { wallId: wall, text: 'Invite partners to every huddle.', name, nameConsent: true, followUpDays: 60 } });
    expect(made.status).toBe(201);
    const pledgeId = made.body.pledge.id as string;
    expect((await documented(server, 'POST', '/v1/pledges', '/v1/pledges', { body: { wallId: wall, text: '' } })).status).toBe(400);
    expect((await documented(server, 'GET', '/v1/pledges', `/v1/pledges?wall=${wall}`)).body).toHaveLength(1);
    expect((await documented(server, 'POST', '/v1/pledges/{id}/join', `/v1/pledges/${pledgeId}/join`, { body: { participant: 'joiner-1' } })).body.joinCount).toBe(1);
    expect((await documented(server, 'POST', '/v1/pledges/{id}/join', `/v1/pledges/${freshId('none')}/join`, { body: { participant: 'joiner-1' } })).status).toBe(404);
    const update = { status: 'done', reflection: 'We did it <together>.' };
    expect((await documented(server, 'PATCH', '/v1/pledges/{id}', `/v1/pledges/${pledgeId}`, { body: update, token: made.body.ownerToken })).body.status).toBe('done');
    expect((await documented(server, 'PATCH', '/v1/pledges/{id}', `/v1/pledges/${pledgeId}`, { body: update, token: 'not-the-owner' })).status).toBe(403);

    const team = freshId('team');
    for (const [day, answer] of [['2026-01-01', 'not-yet'], ['2026-03-01', 'fully']] as const) {
      const id = `${team}-${day}`;
      const written = await documented(server, 'PUT', '/v1/assessments/{id}', `/v1/assessments/${id}`, { body: assessment(id, team, day, answer), headers: { 'X-Participant-Id': 'owner-1' } });
      expect(written.status).toBe(200);
    }
    expect((await documented(server, 'GET', '/v1/assessments/{id}', `/v1/assessments/${team}-2026-01-01`, { headers: { 'X-Participant-Id': 'owner-1' } })).status).toBe(200);
    expect((await documented(server, 'GET', '/v1/assessments/{id}', `/v1/assessments/${team}-2026-01-01`, { headers: { 'X-Participant-Id': 'owner-2' } })).status).toBe(403);
    expect((await documented(server, 'GET', '/v1/teams/{id}/parity', `/v1/teams/${team}/parity`, { token: true })).body.change).not.toBeNull();
    expect((await documented(server, 'GET', '/v1/teams/{id}/parity', `/v1/teams/${freshId('team')}/parity`, { token: true })).body.latest).toBeNull();

    const contribution = freshId('c');
    const body = { id: contribution, partnerId: 'p1', partnerName: name, project: 'Discharge checklist', role: 'Patient partner', date: '2026-01-10', hours: 2, kind: 'meeting' };
    expect((await documented(server, 'PUT', '/v1/contributions/{id}', `/v1/contributions/${contribution}`, { body, token: true })).status).toBe(200);
    expect((await documented(server, 'PUT', '/v1/contributions/{id}', `/v1/contributions/${contribution}`, { body: { ...body, hours: -1 }, token: true })).status).toBe(400);
    expect((await documented(server, 'GET', '/v1/contributions/{id}', `/v1/contributions/${contribution}`, { token: true })).body.value).toEqual(body);
    expect((await documented(server, 'GET', '/v1/contributions', '/v1/contributions', { token: true })).status).toBe(200);
    const ack = freshId('a');
    expect((await documented(server, 'PUT', '/v1/acknowledgements/{id}', `/v1/acknowledgements/${ack}`, { body: { id: ack, partnerId: 'p1', kind: 'thank-you', date: '2026-01-10' }, token: true })).status).toBe(200);
    expect((await documented(server, 'GET', '/v1/loop-items', '/v1/loop-items', { token: true })).status).toBe(200);

    const person = `/v1/people/${encodeURIComponent(name)}/export`;
    const exported = await documented(server, 'GET', '/v1/people/{key}/export', person, { token: true });
    expect(exported.body.pledges).toHaveLength(1);
    expect((await documented(server, 'DELETE', '/v1/people/{key}/export', person, { token: true })).body.erased.pledges).toBe(1);
    expect((await documented(server, 'DELETE', '/v1/contributions/{id}', `/v1/contributions/${ack}`, { token: true })).body.deleted).toBe(false);
    expect((await documented(server, 'GET', '/v1/contributions/{id}', `/v1/contributions/${contribution}`, { token: true })).status).toBe(404);

    expect((await documented(server, 'POST', '/v1/events/tickets', '/v1/events/tickets', { token: true })).status).toBe(201);
    expect((await documented(server, 'GET', '/v1/audit', '/v1/audit?limit=5', { token: true })).body.length).toBeGreaterThan(0);
    expect((await documented(server, 'GET', '/v1/audit', '/v1/audit?limit=0', { token: true })).status).toBe(400);
  });

  it('describes the data of real events on the stream', async () => {
    const server = get();
    const pollId = freshId('live');
    const wall = freshId('wall');
    const stream = await openStream(server.server, `topics=poll:${pollId},wall:${wall}`, { Authorization: `Bearer ${TOKEN}` });
    try {
      await server.call('POST', '/v1/polls', { body: { id: pollId, minNewVotes: 1, minGroupSize: 3 }, token: true });
      const rung = RUNGS[0];
      await server.call('PUT', `/v1/polls/${pollId}/votes/v1`, { body: { rung } });
      await server.call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Pay partners for their time.' } });
      const events = await stream.take(3);
      expect(new Set(events.map((event) => event.event))).toEqual(new Set(['poll', 'results', 'pledge']));
      for (const event of events) expect(schemaProblems(event.data, SCHEMAS.StoreEvent, schemas), event.event).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it('was checked against answers of every documented operation', () => {
    const reached = new Set([...covered].map((entry) => entry.split(' ').slice(0, 2).join(' ')));
    const unchecked = OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).filter((route) => !reached.has(route) && route !== 'get /v1/events');
    // Collections share one code path: one of them answering stands for the three.
    expect(unchecked.filter((route) => !/acknowledgements|loop-items/.test(route))).toEqual([]);
  });
});
