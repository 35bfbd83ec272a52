import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachDatabase, freshId, TOKEN } from './support.js';
import { openStream, type ReceivedEvent, type TestStream } from './sse.js';

/** The next event of a type; a stream opened just after a change may still see that change. */
async function nextOf(stream: TestStream, type: string): Promise<ReceivedEvent> {
  for (;;) {
    const event = await stream.next();
    if (event.event === type) return event;
  }
}

forEachDatabase(
  'live events',
  (get) => {
    it('sends pledge and results events with growing ids', async () => {
      const wall = freshId('wall');
      const poll = freshId('poll');
      await get().call('POST', '/v1/polls', { token: true, body: { id: poll, minNewVotes: 1, minGroupSize: 3 } });
      const stream = await openStream(get().server, `topics=wall:${wall},poll:${poll}`);
      expect(stream.status).toBe(200);
      await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Ask a partner to co-chair.' } });
      const pledge = await nextOf(stream, 'pledge');
      expect(pledge.event).toBe('pledge');
      expect(pledge.data).toMatchObject({ topic: `wall:${wall}`, type: 'pledge', pledge: { wallId: wall, text: 'Ask a partner to co-chair.' } });
      await get().call('PUT', `/v1/polls/${poll}/votes/v1`, { body: { rung: 'share-decisions' } });
      const results = await nextOf(stream, 'results');
      expect(results.id).toBeGreaterThan(pledge.id);
      expect(results.data.results).toMatchObject({ pollId: poll, version: 1, result: { total: 1, counts: null } });
      stream.close();
    });

    it('coalesces results but always ends on the latest release', async () => {
      const poll = freshId('poll');
      await get().call('POST', '/v1/polls', { token: true, body: { id: poll, minNewVotes: 1, minGroupSize: 3 } });
      const stream = await openStream(get().server, `topics=poll:${poll}`);
      const answers = [];
      for (let i = 0; i < 12; i++) answers.push(await get().call('PUT', `/v1/polls/${poll}/votes/c${i}`, { body: { rung: 'share-decisions' } }));
      expect(answers.at(-1)?.body.version).toBe(12);
      const seen: ReceivedEvent[] = [];
      while (seen.at(-1)?.data.results.version !== 12) seen.push(await nextOf(stream, 'results'));
      expect(seen.length).toBeLessThan(12);
      const versions = seen.map((event) => event.data.results.version);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      stream.close();
    });

    it('resumes after random disconnects with no gap and no duplicate', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }), async (cuts) => {
          const wall = freshId('wall');
          const total = 10;
          const reference = await openStream(get().server, `topics=wall:${wall}`);
          let client = await openStream(get().server, `topics=wall:${wall}`);
          const writes = (async () => {
            for (let i = 0; i < total; i++) await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: `Pledge ${i}` } });
          })();
          const received: ReceivedEvent[] = [];
          for (const cut of cuts) {
            for (let i = 0; i < cut && received.length < total; i++) received.push(await client.next());
            client.close();
            const last = received.at(-1);
            client = await openStream(get().server, `topics=wall:${wall}`, last === undefined ? {} : { 'Last-Event-ID': String(last.id) });
            if (last === undefined) break;
          }
          while (received.length < total) received.push(await client.next());
          await writes;
          const expected = await reference.take(total);
          client.close();
          reference.close();
          expect(received.map((event) => event.id)).toEqual(expected.map((event) => event.id));
          expect(received.map((event) => event.data.pledge.text)).toEqual(expected.map((event) => event.data.pledge.text));
        }),
        { numRuns: 6 },
      );
    });

    it('resumes with the lastEventId query parameter too', async () => {
      const wall = freshId('wall');
      const first = await openStream(get().server, `topics=wall:${wall}`);
      await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'One' } });
      await get().call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Two' } });
      const [one] = await first.take(1);
      first.close();
      const resumed = await openStream(get().server, `topics=wall:${wall}&lastEventId=${one!.id}`);
      expect((await resumed.next()).data.pledge.text).toBe('Two');
      resumed.close();
    });

    it('sends heartbeats', async () => {
      const stream = await openStream(get().server, `topics=wall:${freshId('wall')}`);
      while (stream.comments.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stream.comments).toContain('ping');
      stream.close();
    });

    it('sends results of a hidden poll only to facilitators until it is revealed', async () => {
      const poll = freshId('poll');
      await get().call('POST', '/v1/polls', { token: true, body: { id: poll, minNewVotes: 1, minGroupSize: 3, resultsVisibility: 'hidden' } });
      const ticket = await get().call('POST', '/v1/events/tickets', { token: true });
      expect(ticket.status).toBe(201);
      expect(typeof ticket.body.ticket).toBe('string');
      const facilitator = await openStream(get().server, `topics=poll:${poll}&ticket=${encodeURIComponent(ticket.body.ticket)}`);
      const viewer = await openStream(get().server, `topics=poll:${poll}`);
      await get().call('PUT', `/v1/polls/${poll}/votes/h1`, { body: { rung: 'share-decisions' } });
      const seen = await nextOf(facilitator, 'results');
      expect(seen.data.results.result.total).toBe(1);
      await get().call('POST', `/v1/polls/${poll}/reveal`, { token: true });
      // The viewer never gets the hidden results: the first results it sees follow the reveal.
      const revealed = await nextOf(viewer, 'results');
      expect(revealed.id).toBeGreaterThan(seen.id);
      expect(revealed.data.results.result.total).toBe(1);
      facilitator.close();
      viewer.close();
    });

    it('refuses bad topics, a bad resume id and a wrong ticket', async () => {
      expect((await get().call('GET', '/v1/events')).status).toBe(400);
      expect((await get().call('GET', '/v1/events?topics=nope')).body.error.field).toBe('topics');
      expect((await get().call('GET', '/v1/events?topics=poll:a&lastEventId=-1')).status).toBe(400);
      expect((await get().call('GET', '/v1/events?topics=poll:a&ticket=1.2.3')).status).toBe(403);
      expect((await get().call('GET', '/v1/events?topics=poll:a', { token: 'wrong' })).status).toBe(403);
      expect((await get().call('POST', '/v1/events/tickets')).status).toBe(401);
      expect(TOKEN).not.toBe('wrong');
    });
  },
  { heartbeatMs: 100 },
);
