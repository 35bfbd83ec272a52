// The HTTP store's REST mapping and error mapping, against a fake server.
import { describe, expect, it } from 'vitest';
import { HttpStore } from '../../src/http/http-store.js';
import { errorFromAnswer } from '../../src/http/server-errors.js';
import { NotFoundError, PartnerKitError, StorageError, ValidationError } from '../../src/shared/errors.js';
import { rejectionOf } from '../support.js';
import { ENDPOINT, errorBody, FACILITATOR_TOKEN, FakeServer } from './fake-server.js';
import { pledgeFor, storeFor } from './support.js';

const POLL = {
  id: 'town-hall',
  ladderId: 'participation',
  question: 'Where are we?',
  resultsVisibility: 'hidden',
  minGroupSize: 5,
  minNewVotes: 3,
  askSegment: true,
  status: 'open',
  revealed: false,
  createdAt: '2026-03-31T08:00:00.000Z',
} as const;

describe('HttpStore options', () => {
  it('reads the endpoint: absolute, with a trailing slash, without query or fragment', () => {
    const server = new FakeServer();
    expect(storeFor(server, { endpoint: 'http://partnerkit.test/api' }).endpoint).toBe(ENDPOINT);
    expect(storeFor(server, { endpoint: 'http://partnerkit.test/api/?x=1#top' }).endpoint).toBe(ENDPOINT);
  });

  it('refuses a relative endpoint where there is no page, and other bad options, with ValidationErrors', () => {
    const server = new FakeServer();
    for (const [options, field] of [
      [{ endpoint: '/api/' }, 'endpoint'],
      [{ endpoint: 'ftp://partnerkit.test/' }, 'endpoint'],
      [{ endpoint: 42 }, 'endpoint'],
      [{ endpoint: ENDPOINT, facilitatorToken: 'has space' }, 'facilitatorToken'],
      [{ endpoint: ENDPOINT, locale: 'de' }, 'locale'],
      [{ endpoint: ENDPOINT, outbox: 'disk' }, 'outbox'],
      [{ endpoint: ENDPOINT, participantId: '__proto__ x' }, 'participantId'],
    ] as const) {
      let thrown: unknown;
      try {
        new HttpStore({ fetch: server.fetch, ...(options as unknown as { endpoint: string }) });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(options)).toBeInstanceOf(ValidationError);
      expect((thrown as ValidationError).field).toBe(field);
    }
  });

  it('has kind http and an outbox', () => {
    const store = storeFor(new FakeServer());
    expect(store.kind).toBe('http');
    expect(typeof store.outbox.pending).toBe('function');
  });
});

describe('HttpStore polls', () => {
  it('creates a poll with the settings, the facilitator token and an idempotency key', async () => {
    const server = new FakeServer();
    const store = storeFor(server, { facilitatorToken: FACILITATOR_TOKEN });
    const poll = await store.createPoll(POLL);
    expect(poll.id).toBe('town-hall');
    const [request] = server.requestsTo('v1/polls', 'POST');
    expect(request?.headers.get('Authorization')).toBe(`Bearer ${FACILITATOR_TOKEN}`);
    expect(request?.headers.get('Idempotency-Key')).toMatch(/^[\x21-\x7E]{1,200}$/);
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual({
      id: 'town-hall',
      ladderId: 'participation',
      question: 'Where are we?',
      resultsVisibility: 'hidden',
      minGroupSize: 5,
      minNewVotes: 3,
      askSegment: true,
    });
  });

  it('reads a poll, and resolves undefined for one that does not exist', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const store = storeFor(server);
    expect((await store.getPoll('town-hall'))?.status).toBe('open');
    expect(await store.getPoll('nowhere')).toBeUndefined();
  });

  it('runs facilitator actions as POST v1/polls/:id/:action, each with its own key', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const store = storeFor(server, { facilitatorToken: FACILITATOR_TOKEN });
    expect((await store.updatePoll('town-hall', 'close')).status).toBe('closed');
    expect((await store.updatePoll('town-hall', 'reveal')).revealed).toBe(true);
    const keys = server.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(2);
    expect(server.requestsTo('v1/polls/town-hall/close', 'POST')).toHaveLength(1);
  });

  it('casts a vote as PUT with { rung, segment } and resolves with the released results', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall', { askSegment: true });
    const store = storeFor(server);
    const results = await store.castVote({ pollId: 'town-hall', participantId: 'p_1', rungId: 'told', segment: 'staff', at: '2026-03-31T09:00:00.000Z' });
    expect(results.result.total).toBe(1);
    const [request] = server.requestsTo('v1/polls/town-hall/votes/p_1', 'PUT');
    expect(JSON.parse(request!.body)).toEqual({ rung: 'told', segment: 'staff' });
    expect(await store.getOwnVote('town-hall', 'p_1')).toMatchObject({ rungId: 'told' });
    expect(await store.getOwnVote('town-hall', 'p_2')).toBeUndefined();
    expect(await store.getOwnVote('nowhere', 'p_2')).toBeUndefined();
  });

  it('reads results, with the facilitator token when it has one, and asks for its language', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    await storeFor(server, { facilitatorToken: FACILITATOR_TOKEN, locale: 'fr' }).getResults('town-hall');
    await storeFor(server).getResults('town-hall');
    const [facilitator, participant] = server.requestsTo('v1/polls/town-hall/results');
    expect(facilitator?.headers.get('Authorization')).toBe(`Bearer ${FACILITATOR_TOKEN}`);
    expect(facilitator?.headers.get('Accept-Language')).toBe('fr');
    expect(participant?.headers.get('Authorization')).toBeNull();
    expect(participant?.headers.get('Accept-Language')).toBe('en');
  });

  it('encodes ids in paths and refuses malformed ids before sending anything', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    expect(await store.getPoll('a:b.c')).toBeUndefined();
    expect(server.requests[0]?.path).toBe('v1/polls/a%3Ab.c');
    const error = await rejectionOf(store.getPoll('../admin'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('HttpStore pledges', () => {
  it('makes a pledge from its draft fields and remembers it for getPledge', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    const created = await store.createPledge(pledgeFor('ward-7', 'I will ask first.'));
    expect(created.ownerToken).toBe('owner-1');
    expect(JSON.parse(server.requestsTo('v1/pledges', 'POST')[0]!.body)).toEqual({ wallId: 'ward-7', text: 'I will ask first.', nameConsent: false, followUpDays: 30 });
    expect(await store.getPledge(created.pledge.id)).toEqual(created.pledge);
    expect(await store.getPledge('pledge-unknown')).toBeUndefined();
  });

  it('lists a wall, joins with { participant } and updates with the owner token as bearer', async () => {
    const server = new FakeServer();
    const maker = storeFor(server);
    const { pledge, ownerToken } = await maker.createPledge(pledgeFor('ward-7', 'I will listen.'));
    const other = storeFor(server);
    expect((await other.listPledges('ward-7')).map((p) => p.id)).toEqual([pledge.id]);
    expect(server.requests.at(-1)?.query.get('wall')).toBe('ward-7');
    expect(await other.getPledge(pledge.id)).toBeDefined();
    expect((await other.joinPledge(pledge.id, 'p_9')).joinCount).toBe(1);
    expect(JSON.parse(server.requestsTo(`v1/pledges/${pledge.id}/join`)[0]!.body)).toEqual({ participant: 'p_9' });
    const updated = await maker.updatePledge(pledge.id, ownerToken, { status: 'in-progress' });
    expect(updated.status).toBe('in-progress');
    const patch = server.requestsTo(`v1/pledges/${pledge.id}`, 'PATCH')[0]!;
    expect(patch.headers.get('Authorization')).toBe(`Bearer ${ownerToken}`);
    expect(JSON.parse(patch.body)).toEqual({ status: 'in-progress' });
    const refused = await rejectionOf<PartnerKitError>(other.updatePledge(pledge.id, 'wrong-token', { status: 'done' }));
    expect(refused.code).toBe('forbidden');
  });
});

describe('HttpStore records', () => {
  it('writes an assessment with X-Participant-Id and reads it back as its owner', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    const value = { id: 'a1', assessedOn: '2026-03-31', answers: {} };
    const stored = await store.putRecord('assessments', 'a1', 'p_1', value);
    expect(stored).toMatchObject({ collection: 'assessments', id: 'a1', ownerId: 'p_1', revision: 1 });
    expect(server.requestsTo('v1/assessments/a1', 'PUT')[0]?.headers.get('X-Participant-Id')).toBe('p_1');
    expect((await store.getRecord('assessments', 'a1'))?.value).toEqual(value);
    expect(server.requestsTo('v1/assessments/a1', 'GET')[0]?.headers.get('X-Participant-Id')).toBe('p_1');
    expect(await store.getRecord('assessments', 'a2')).toBeUndefined();
  });

  it('reads an assessment after a reload with the participantId option; without one there is nothing of its own to read', async () => {
    const server = new FakeServer();
    await storeFor(server).putRecord('assessments', 'a1', 'p_1', { id: 'a1' });
    const reloaded = storeFor(server, { participantId: 'p_1' });
    expect((await reloaded.getRecord('assessments', 'a1'))?.ownerId).toBe('p_1');
    const someoneElse = await rejectionOf<PartnerKitError>(storeFor(server, { participantId: 'p_2' }).getRecord('assessments', 'a1'));
    expect(someoneElse.code).toBe('forbidden');
    const requestsBefore = server.requests.length;
    expect(await storeFor(server).getRecord('assessments', 'a1')).toBeUndefined();
    expect(server.requests).toHaveLength(requestsBefore);
    expect((await storeFor(server, { facilitatorToken: FACILITATOR_TOKEN }).getRecord('assessments', 'a1'))?.ownerId).toBe('p_1');
  });

  it('maps facilitator collections to their routes with the bearer token, never through the outbox', async () => {
    const server = new FakeServer();
    const store = storeFor(server, { facilitatorToken: FACILITATOR_TOKEN });
    await store.putRecord('contributions', 'c1', 'facilitator', { id: 'c1' });
    await store.putRecord('loop-items', 'l1', 'facilitator', { id: 'l1' });
    expect((await store.listRecords('contributions')).map((r) => r.id)).toEqual(['c1']);
    expect(await store.listRecords('contributions', { ownerId: 'someone' })).toEqual([]);
    expect((await store.getRecord('loop-items', 'l1'))?.id).toBe('l1');
    expect(await store.getRecord('loop-items', 'l2')).toBeUndefined();
    expect(await store.deleteRecord('loop-items', 'l1')).toBe(true);
    expect(await store.deleteRecord('loop-items', 'l1')).toBe(false);
    expect(server.requests.filter((r) => r.path.startsWith('v1/contributions') || r.path.startsWith('v1/loop-items')).every((r) => r.headers.get('Authorization') === `Bearer ${FACILITATOR_TOKEN}`)).toBe(true);
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('refuses collections and operations the server does not have, before sending', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    const unknown = await rejectionOf<PartnerKitError>(store.putRecord('notes', 'n1', 'p_1', {}));
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.code).toBe('unknown-value');
    expect(unknown.messages.en).toContain('"notes"');
    expect(unknown.messages.fr).toContain('« notes »');
    expect((await rejectionOf<PartnerKitError>(store.listRecords('assessments'))).code).toBe('invalid');
    expect((await rejectionOf<PartnerKitError>(store.deleteRecord('assessments', 'a1'))).code).toBe('invalid');
    expect(server.requests).toHaveLength(0);
  });
});

describe('HttpStore errors', () => {
  it('turns the server’s error answers into SDK errors with both languages', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const store = storeFor(server);
    const unauthorized = await rejectionOf<PartnerKitError>(store.updatePoll('town-hall', 'close'));
    expect(unauthorized).toBeInstanceOf(PartnerKitError);
    expect(unauthorized.code).toBe('forbidden');
    expect(unauthorized.field).toBe('Authorization');
    expect(unauthorized.messages).toEqual({ en: 'Please sign in as a facilitator.', fr: 'Veuillez vous identifier comme animateur.' });

    server.failNext({ match: (r) => r.path === 'v1/polls/town-hall', status: 400, body: errorBody('too-long', 'question', 'Too long.', 'Trop long.') });
    const tooLong = await rejectionOf<PartnerKitError>(store.getPoll('town-hall'));
    expect(tooLong).toBeInstanceOf(ValidationError);
    expect(tooLong.code).toBe('too-long');
    expect(tooLong.field).toBe('question');
    expect(tooLong.messageIn('fr')).toBe('Trop long.');

    const notFound = await rejectionOf<PartnerKitError>(store.getResults('nowhere'));
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.code).toBe('not-found');
  });

  it('maps the server’s own codes and unknown codes to the nearest SDK code', () => {
    const cases: [number, string, string][] = [
      [401, 'unauthorized', 'forbidden'],
      [429, 'rate-limited', 'storage-unavailable'],
      [413, 'body-too-large', 'too-large'],
      [400, 'not-json', 'invalid'],
      [422, 'idempotency-key-reused', 'conflict'],
      [404, 'route-not-found', 'storage-unavailable'],
      [500, 'internal', 'storage-unavailable'],
      [409, 'closed', 'closed'],
      [418, 'teapot', 'invalid'],
      [410, 'gone-away', 'not-found'],
      [503, 'something-new', 'storage-unavailable'],
    ];
    for (const [status, code, expected] of cases) {
      const error = errorFromAnswer(status, errorBody(code, 'f', 'English.', 'Français.'));
      expect(error.code, code).toBe(expected);
      expect(error.messages).toEqual({ en: 'English.', fr: 'Français.' });
    }
    const shapeless = errorFromAnswer(400, { message: 'nope' });
    expect(shapeless).toBeInstanceOf(StorageError);
    expect(shapeless.messages.en).not.toBe(shapeless.messages.fr);
    const noMessages = errorFromAnswer(403, { error: { code: 'forbidden', field: 'x' } });
    expect(noMessages.code).toBe('forbidden');
    expect(noMessages.messages.en.length).toBeGreaterThan(0);
    expect(noMessages.messages.fr.length).toBeGreaterThan(0);
  });

  it('rejects reads with storage-unavailable in both languages when the server cannot be reached', async () => {
    const server = new FakeServer();
    const store = storeFor(server);
    server.offline = true;
    for (const read of [store.getPoll('town-hall'), store.getResults('town-hall'), store.listPledges('ward-7')]) {
      const error = await rejectionOf<PartnerKitError>(read);
      expect(error).toBeInstanceOf(StorageError);
      expect(error.code).toBe('storage-unavailable');
      expect(error.messages.en).toMatch(/could not reach the server/);
      expect(error.messages.fr).toMatch(/joindre le serveur/);
    }
  });

  it('treats an answer that is not the server’s JSON (a sign-in page) as unreachable', async () => {
    const server = new FakeServer();
    server.addPoll('town-hall');
    const store = storeFor(server);
    server.failNext({ match: () => true, status: 200, text: '<html>Please accept the Wi-Fi terms</html>' });
    expect((await rejectionOf<PartnerKitError>(store.getPoll('town-hall'))).code).toBe('storage-unavailable');
    server.failNext({ match: () => true, status: 502, text: '<html>Bad gateway</html>' });
    expect((await rejectionOf<PartnerKitError>(store.getPoll('town-hall'))).code).toBe('storage-unavailable');
  });

  it('rejects facilitator actions and pledge updates offline with a plain "cannot reach" error, keeping nothing', async () => {
    const server = new FakeServer();
    const store = storeFor(server, { facilitatorToken: FACILITATOR_TOKEN });
    server.offline = true;
    for (const action of [store.createPoll(POLL), store.updatePoll('town-hall', 'open'), store.updatePledge('pledge-1', 'owner-1', { status: 'done' }), store.putRecord('contributions', 'c1', 'facilitator', {})]) {
      const error = await rejectionOf<PartnerKitError>(action);
      expect(error.code).toBe('storage-unavailable');
      expect(error.messages.en).toMatch(/cannot reach the server/);
      expect(error.messages.fr).toMatch(/joindre le serveur/);
    }
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('only ever rejects with PartnerKitErrors, whatever fetch throws', async () => {
    const store = storeFor(new FakeServer(), {
      fetch: () => {
        throw new Error('synchronous failure');
      },
    });
    expect(await rejectionOf(store.getPoll('town-hall'))).toBeInstanceOf(PartnerKitError);
    const odd = storeFor(new FakeServer(), { fetch: async () => new Response('{"pollId":') });
    expect(await rejectionOf(odd.getResults('town-hall'))).toBeInstanceOf(PartnerKitError);
  });
});
