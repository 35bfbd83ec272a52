import { expect, it } from 'vitest';
import { forEachDatabase, freshId } from './support.js';

forEachDatabase(
  'limits: rate, size, CORS',
  (get) => {
    it('limits votes per participant and poll with 429 and Retry-After', async () => {
      const id = freshId('poll');
      await get().call('POST', '/v1/polls', { token: true, body: { id } });
      const rungs = ['share-decisions', 'control-decisions'];
      for (let i = 0; i < 3; i++) {
        expect((await get().call('PUT', `/v1/polls/${id}/votes/fast`, { body: { rung: rungs[i % 2] } })).status).toBe(200);
      }
      const limited = await get().call('PUT', `/v1/polls/${id}/votes/fast`, { body: { rung: 'share-decisions' }, headers: { 'Accept-Language': 'fr' } });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate-limited');
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
      expect(limited.body.error.message).toMatch(/Veuillez attendre/);
      // Another participant is not held back.
      expect((await get().call('PUT', `/v1/polls/${id}/votes/slow`, { body: { rung: 'share-decisions' } })).status).toBe(200);
    });

    it('refuses a body over the limit with 413', async () => {
      const answer = await get().call('POST', '/v1/pledges', { body: { wallId: 'w', text: 'x'.repeat(5000) } });
      expect(answer.status).toBe(413);
      expect(answer.body.error.code).toBe('body-too-large');
    });

    it('answers CORS only for allowed origins', async () => {
      const allowed = await get().call('GET', '/v1/healthz', { headers: { Origin: 'https://intranet.example' } });
      expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://intranet.example');
      const other = await get().call('GET', '/v1/healthz', { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const preflight = await get().server.fetch(
        new Request('http://test.local/v1/polls/x/votes/y', {
          method: 'OPTIONS',
          headers: { Origin: 'https://intranet.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'idempotency-key' },
        }),
      );
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://intranet.example');
      expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Idempotency-Key/i);
    });

    it('answers 404 with the error shape for an unknown address', async () => {
      const answer = await get().call('GET', '/v1/nothing-here');
      expect(answer.status).toBe(404);
      expect(answer.body.error).toMatchObject({ code: 'route-not-found', field: '' });
    });

    it('reports health', async () => {
      const answer = await get().call('GET', '/healthz');
      expect(answer.status).toBe(200);
      expect(answer.body.status).toBe('ok');
    });
  },
  { voteRateLimit: { max: 3, windowMs: 60_000 }, maxBodyBytes: 2048, allowedOrigins: ['https://intranet.example'] },
);
