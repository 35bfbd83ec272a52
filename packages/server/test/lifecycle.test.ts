import { describe, expect, it } from 'vitest';
import { planFromArgs, DEFAULT_PORT } from '../src/cli-args.js';
import { engines, freshId, startTestServer, TOKEN } from './support.js';
import { openStream } from './sse.js';

for (const engine of engines()) {
  describe(`server lifecycle (${engine.name})`, () => {
    it('listens on a free port and closes gracefully, ending event streams', async () => {
      const test = await startTestServer(engine);
      const { url } = await test.server.listen({ port: 0, host: '127.0.0.1' });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const stream = await fetch(`${url}/v1/events?topics=wall:${freshId('wall')}`);
      expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
      const reader = stream.body!.getReader();
      await reader.read();
      const ended = (async () => {
        for (;;) if ((await reader.read()).done) return true;
      })();
      await test.stop();
      expect(await ended).toBe(true);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      // After close, fetch answers 503 and nothing is touched.
      const late = await test.call('GET', '/healthz');
      expect(late.status).toBe(503);
    });

    it('purges pledges and records older than the retention', async () => {
      let now = new Date('2026-01-01T10:00:00.000Z');
      const test = await startTestServer(engine, { retentionDays: 30, clock: () => now });
      try {
        const wall = freshId('wall');
        await test.call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Old pledge' } });
        const stream = await openStream(test.server, `topics=wall:${wall}`);
        now = new Date('2026-01-25T10:00:00.000Z');
        await test.call('POST', '/v1/pledges', { body: { wallId: wall, text: 'Newer pledge' } });
        now = new Date('2026-02-05T10:00:00.000Z');
        const report = await test.server.purge();
        expect(report.pledges).toBe(1);
        const left = await test.call('GET', `/v1/pledges?wall=${wall}`);
        expect(left.body.map((pledge: { text: string }) => pledge.text)).toEqual(['Newer pledge']);
        stream.close();
      } finally {
        await test.stop();
      }
    });
  });
}

describe('command line', () => {
  it('reads flags and environment, flags first, the token only from the environment', () => {
    const plan = planFromArgs(['--port', '9000', '--allowed-origins', 'https://a.example, https://b.example', '--retention-days', '90'], {
      PORT: '1234',
      PARTNERKIT_FACILITATOR_TOKEN: TOKEN,
      PARTNERKIT_DATA_DIR: '/data/pk',
    });
    expect(plan).toEqual({
      kind: 'serve',
      port: 9000,
      host: '127.0.0.1',
      options: { dataDir: '/data/pk', facilitatorToken: TOKEN, allowedOrigins: ['https://a.example', 'https://b.example'], retentionDays: 90 },
    });
    const defaults = planFromArgs([], {});
    expect(defaults).toMatchObject({ kind: 'serve', port: DEFAULT_PORT, options: { dataDir: './.pk-data' } });
    const postgres = planFromArgs([], { DATABASE_URL: 'postgres://db/pk' });
    expect(postgres).toMatchObject({ kind: 'serve', options: { databaseUrl: 'postgres://db/pk' } });
    expect(planFromArgs(['--help'], {})).toEqual({ kind: 'help' });
    expect(planFromArgs(['--port', 'abc'], {}).kind).toBe('error');
    expect(planFromArgs(['--facilitator-token', 'x'], {}).kind).toBe('error');
  });
});
