// The demo server in front of the API server: the widgets bundle, the pass-through of /v1/*
// and /healthz (event streams included), and a clear 502 when the API server is down.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureDemoPolls } from '../start.mjs';
import { startDemoServer } from '../server.mjs';
import { startTestStack } from '../scripts/test-helpers.mjs';

let stack;

before(async () => {
  stack = await startTestStack();
});

after(async () => {
  await stack?.close();
});

const at = (path) => new URL(path, stack.url);

/** Reads an event stream until `pattern` shows up in what arrived. */
async function readUntil(reader, pattern) {
  const decoder = new TextDecoder();
  let seen = '';
  while (!pattern.test(seen)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`The stream ended before ${pattern}: ${seen}`);
    seen += decoder.decode(value, { stream: true });
  }
  return seen;
}

test('the widgets bundle is served from /partnerkit/, with its source map', async () => {
  const script = await fetch(at('/partnerkit/partnerkit.js'));
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type'), /text\/javascript/);
  assert.ok((await script.text()).length > 10_000);
  assert.equal((await fetch(at('/partnerkit/partnerkit.js.map'))).status, 200);
  assert.equal((await fetch(at('/partnerkit/autoloader.js'))).status, 200);
  assert.equal((await fetch(at('/partnerkit/%2e%2e/package.json'))).status, 404);
  assert.equal((await fetch(at('/partnerkit/nothing.js'))).status, 404);
});

test('every page is served with the strict policy, Trusted Types included', async () => {
  for (const path of ['/', '/fr/', '/vote.html', '/facilitator.html', '/present.html', '/sdk.html', '/elements.html']) {
    const response = await fetch(at(path));
    assert.equal(response.status, 200, path);
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /default-src 'self'; script-src 'self'; style-src 'self'/, path);
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html/, path);
  }
  assert.equal((await fetch(at('/fr'), { redirect: 'manual' })).headers.get('location'), '/fr/');
});

test('reads and writes pass through with their status, headers and body', async () => {
  const poll = await fetch(at('/v1/polls/quality-council'));
  assert.equal(poll.status, 200);
  assert.equal((await poll.json()).minGroupSize, 3);
  assert.equal((await fetch(at('/v1/polls/nobody-made-this'))).status, 404);

  const settings = JSON.stringify({ id: 'proxy-write', resultsVisibility: 'always' });
  const refused = await fetch(at('/v1/polls'), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'proxy-1' }, body: settings });
  assert.equal(refused.status, 401);
  assert.equal((await refused.json()).error.code, 'unauthorized');
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.token}`, 'Idempotency-Key': 'proxy-2' };
  const created = await fetch(at('/v1/polls'), { method: 'POST', headers, body: settings });
  assert.equal(created.status, 201);
  assert.equal((await created.json()).id, 'proxy-write');
  const replayed = await fetch(at('/v1/polls'), { method: 'POST', headers, body: settings });
  assert.equal(replayed.status, 201);
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
});

test('the demo polls are made once: a second start changes nothing', async () => {
  const before = await (await fetch(at('/v1/polls/quality-council'))).json();
  await ensureDemoPolls(stack.apiUrl, stack.token);
  assert.deepEqual(await (await fetch(at('/v1/polls/quality-council'))).json(), before);
});

test('an event stream flows through as events happen, and closing it closes it upstream', async () => {
  const streams = async () => (await (await fetch(new URL('/healthz', stack.apiUrl))).json()).streams;
  const leaving = new AbortController();
  const response = await fetch(at('/v1/events?topics=poll:quality-council'), { signal: leaving.signal });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  const reader = response.body.getReader();
  assert.match(await readUntil(reader, /retry: \d+/), /^retry: \d+/);
  assert.equal(await streams(), 1);

  // A change made now arrives on the open stream at once, not when the stream ends.
  const closed = await fetch(at('/v1/polls/quality-council/close'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${stack.token}`, 'Idempotency-Key': 'proxy-close' },
  });
  assert.equal(closed.status, 200);
  assert.match(await readUntil(reader, /event: poll\ndata: .*"status":"closed"/), /"topic":"poll:quality-council"/);
  await fetch(at('/v1/polls/quality-council/open'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${stack.token}`, 'Idempotency-Key': 'proxy-open' },
  });

  leaving.abort();
  for (let tries = 0; (await streams()) !== 0; tries += 1) {
    assert.ok(tries < 50, 'the upstream stream closes when the browser leaves');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

test('when the API server is down the proxy answers 502 with a JSON error in both languages', async () => {
  await stack.stopApi('SIGKILL');
  try {
    const answer = await fetch(at('/v1/polls/quality-council'));
    assert.equal(answer.status, 502);
    assert.match(answer.headers.get('content-type'), /application\/json/);
    const { error } = await answer.json();
    assert.equal(error.code, 'unavailable');
    assert.equal(error.field, '');
    assert.match(error.message, /not answering/);
    assert.match(error.messages.fr, /ne répond pas/);
    const french = await fetch(at('/healthz'), { headers: { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    assert.equal(french.status, 502);
    assert.equal((await french.json()).error.message, error.messages.fr);
    // The pages themselves still load.
    assert.equal((await fetch(at('/'))).status, 200);
  } finally {
    await stack.startApi();
  }
  // Back on the same port and data: the demo server finds it again.
  assert.equal((await fetch(at('/v1/polls/proxy-write'))).status, 200);
});

test('a demo server without an API server answers 502 for /v1', async () => {
  const alone = await startDemoServer({ port: 0 });
  try {
    const answer = await fetch(new URL('/v1/polls/x', alone.url));
    assert.equal(answer.status, 502);
    assert.equal((await answer.json()).error.code, 'unavailable');
  } finally {
    await alone.close();
  }
});
