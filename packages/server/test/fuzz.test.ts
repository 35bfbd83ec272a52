import fc from 'fast-check';
import { expect, it } from 'vitest';
import { OPERATIONS } from '../src/openapi.js';
import { databaseSnapshot, forEachDatabase, freshId, resultsSent } from './support.js';
import { openStream, type ReceivedEvent } from './sse.js';

/** Checks that a result never shows the split of a group smaller than its minimum group size. */
function assertProtected(result: { total: number; minGroupSize: number; counts: unknown; segments?: Record<string, { total: number; counts: unknown }> }): void {
  const k = result.minGroupSize;
  if (result.total < k) expect(result.counts).toBeNull();
  if (result.segments === undefined) return;
  let hiddenTotal = 0;
  for (const segment of Object.values(result.segments)) {
    if (segment.total < k && segment.total > 0) expect(segment.counts).toBeNull();
    if (segment.counts === null) hiddenTotal += segment.total;
  }
  // What is left after subtracting the visible segments covers nobody or at least k people.
  if (result.counts !== null) expect(hiddenTotal === 0 || hiddenTotal >= k).toBe(true);
}

forEachDatabase('arbitrary input', (get) => {
  it('never answers 5xx to arbitrary JSON bodies on any route, and a refused request changes nothing', async () => {
    const poll = freshId('fuzz');
    await get().call('POST', '/v1/polls', { token: true, body: { id: poll, askSegment: true } });
    const made = await get().call('POST', '/v1/pledges', { body: { wallId: 'fuzz-wall', text: 'Fuzz' } });
    const pledgeId: string = made.body.pledge.id;
    const writes = OPERATIONS.filter((operation) => operation.method !== 'get');
    await resultsSent(get().db);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom('none', 'facilitator', 'wrong'),
        fc.constantFrom(poll, 'missing', '__proto__', 'a'.repeat(200), 'x y'),
        async (operation, body, who, id) => {
          const path = operation.path
            .replace('{id}', operation.path.startsWith('/v1/pledges') ? pledgeId : encodeURIComponent(id))
            .replace('{participant}', 'fuzzer')
            .replace('{key}', encodeURIComponent(id));
          // Actions that take no body would act on a real poll with the token: keep them out.
          const bodyless = /\/(open|close|reveal|reset)$|\/tickets$|^\/v1\/people/.test(operation.path);
          const token = who === 'facilitator' && !bodyless ? true : who === 'wrong' ? 'wrong-token' : false;
          const before = await databaseSnapshot(get().db);
          const answer = await get().call(operation.method.toUpperCase(), path, { body, token });
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.body.error).toEqual({ code: expect.any(String), message: expect.any(String), field: expect.any(String), messages: { en: expect.any(String), fr: expect.any(String) } });
            expect(await databaseSnapshot(get().db)).toBe(before);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers 5xx to arbitrary query strings and headers on reads', async () => {
    const reads = OPERATIONS.filter((operation) => operation.method === 'get' && operation.path !== '/v1/events');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reads), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (operation, value, language) => {
        const path = operation.path.replace(/\{\w+\}/g, encodeURIComponent(value) || 'x');
        const answer = await get().call('GET', `${path}?wall=${encodeURIComponent(value)}&limit=${encodeURIComponent(value)}`, {
          headers: { 'Accept-Language': language.replace(/[^\x20-\x7e]/g, ''), 'X-Participant-Id': value.replace(/[^\x21-\x7e]/g, '') || 'p' },
        });
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('never shows a protected count in any answer or event', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ minGroupSize: fc.integer({ min: 3, max: 6 }), minNewVotes: fc.integer({ min: 1, max: 3 }), askSegment: fc.boolean() }),
        fc.array(
          fc.record({ participant: fc.integer({ min: 0, max: 9 }), rung: fc.constantFrom('share-decisions', 'control-decisions', 'told-no-influence'), segment: fc.constantFrom('staff', 'patient', undefined) }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.boolean(),
        async (settings, votes, closeAtEnd) => {
          const poll = freshId('protect');
          await get().call('POST', '/v1/polls', { token: true, body: { id: poll, ...settings } });
          const stream = await openStream(get().server, `topics=poll:${poll}`);
          for (const vote of votes) {
            const body = settings.askSegment && vote.segment !== undefined ? { rung: vote.rung, segment: vote.segment } : { rung: vote.rung };
            const answer = await get().call('PUT', `/v1/polls/${poll}/votes/v${vote.participant}`, { body });
            expect(answer.status).toBe(200);
            assertProtected(answer.body.result);
          }
          if (closeAtEnd) await get().call('POST', `/v1/polls/${poll}/close`, { token: true });
          const results = await get().call('GET', `/v1/polls/${poll}/results`);
          assertProtected(results.body.result);
          await resultsSent(get().db);
          const events: ReceivedEvent[] = [];
          while (!events.some((event) => event.event === 'results' && event.data.results.version === results.body.version) && results.body.version > 0) {
            events.push(await stream.next());
          }
          stream.close();
          for (const event of events) if (event.event === 'results') assertProtected(event.data.results.result);
          expect(JSON.stringify(events)).not.toContain('participantId');
        },
      ),
      { numRuns: 25 },
    );
  });
}, { voteRateLimit: { max: 100_000, windowMs: 1000 } });
