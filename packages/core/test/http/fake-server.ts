/**
 * A small in-memory imitation of the PartnerKit server's routes, reached through a fake
 * `fetch`. It keeps idempotency keys the way the real server does (a key seen again replays
 * the first answer and applies nothing), counts requests per key, and can go offline (fetch
 * rejects with a TypeError), lose answers, answer canned failures (503, 429 + Retry-After…)
 * or open event streams the test writes into.
 */
import type { ReleasedResults } from '../../src/ladders/types.js';
import type { Pledge } from '../../src/pledges/types.js';
import type { Poll, Vote } from '../../src/polls/types.js';
import type { StoredRecord } from '../../src/store/types.js';

export const ENDPOINT = 'http://partnerkit.test/api/';
export const FACILITATOR_TOKEN = 'facilitator-secret';
const NOW = '2026-03-31T09:00:00.000Z';

/** One request as the fake server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  readonly body: string;
}

/** A canned answer for the next request(s) matching `match`. */
export interface CannedFailure {
  readonly match: (request: SeenRequest) => boolean;
  readonly status: number;
  readonly body?: unknown;
  readonly text?: string;
  readonly headers?: Record<string, string>;
  /** Applies the request first, then answers this (an answer lost on the way). */
  readonly afterApplying?: boolean;
  /** Rejects like a network failure after applying (needs `afterApplying`). */
  readonly loseAnswer?: boolean;
}

/** An event stream the server opened; the test writes into it. */
export class FakeStream {
  private controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  private readonly encoder = new TextEncoder();
  /** True once the client aborted or cancelled it. */
  closedByClient = false;
  /** True once the server ended it. */
  ended = false;
  readonly body: ReadableStream<Uint8Array>;

  constructor(
    readonly request: SeenRequest,
    signal: AbortSignal | undefined,
  ) {
    this.body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => {
        this.closedByClient = true;
      },
    });
    signal?.addEventListener('abort', () => {
      this.closedByClient = true;
      this.end(new DOMException('The operation was aborted.', 'AbortError'));
    });
  }

  /** The topics asked for. */
  get topics(): string[] {
    return (this.request.query.get('topics') ?? '').split(',');
  }

  /** The `Last-Event-ID` sent, if any. */
  get lastEventId(): string | null {
    return this.request.headers.get('Last-Event-ID');
  }

  /** Writes raw text. */
  write(text: string): void {
    if (!this.ended) this.controller?.enqueue(this.encoder.encode(text));
  }

  /** Writes one event as the server frames it. */
  send(id: number, data: { topic: string; type: string; [key: string]: unknown }): void {
    this.write(`id: ${id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends the stream (a cut, or the server going away), with an error when given. */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    try {
      if (error === undefined) this.controller?.close();
      else this.controller?.error(error);
    } catch {
      // Already closed.
    }
  }
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** The server's error body. */
export function errorBody(code: string, field: string, en: string, fr: string): unknown {
  return { error: { code, message: en, field, messages: { en, fr } } };
}

function problem(status: number, code: string, field: string, en: string, fr: string): Response {
  return json(errorBody(code, field, en, fr), status);
}

interface KeptAnswer {
  readonly status: number;
  readonly text: string;
}

/** The fake server. */
export class FakeServer {
  readonly polls = new Map<string, Poll>();
  readonly votes = new Map<string, Vote>();
  readonly results = new Map<string, ReleasedResults>();
  readonly pledges = new Map<string, Pledge>();
  readonly ownerTokens = new Map<string, string>();
  readonly joiners = new Map<string, Set<string>>();
  readonly records = new Map<string, StoredRecord>();
  readonly requests: SeenRequest[] = [];
  readonly streams: FakeStream[] = [];
  /** Requests per idempotency key (every try that reached the server). */
  readonly requestsByKey = new Map<string, number>();
  /** Times a write was applied per key (never more than once). */
  readonly appliedByKey = new Map<string, number>();
  private readonly kept = new Map<string, KeptAnswer>();
  private readonly canned: CannedFailure[] = [];
  private pledgeCount = 0;
  /** When true, fetch rejects with a TypeError, as browsers do offline. */
  offline = false;
  /** Status for the next event stream requests (then 200 again). */
  readonly streamStatuses: number[] = [];

  /** The fake fetch. */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    if (this.offline) throw new TypeError('Failed to fetch');
    if (!url.href.startsWith(ENDPOINT)) return problem(404, 'route-not-found', '', 'No such address.', 'Pas d’adresse de ce type.');
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      path: url.href.slice(ENDPOINT.length).split('?')[0]!,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : '',
    };
    this.requests.push(request);
    const key = request.headers.get('Idempotency-Key');
    if (key !== null) this.requestsByKey.set(key, (this.requestsByKey.get(key) ?? 0) + 1);
    const cannedIndex = this.canned.findIndex((failure) => failure.match(request));
    const failure = cannedIndex < 0 ? undefined : this.canned.splice(cannedIndex, 1)[0];
    if (failure !== undefined && failure.afterApplying !== true) return this.cannedAnswer(failure);
    const answer = request.path === 'v1/events' ? this.openStream(request, init?.signal ?? undefined) : await this.answer(request, key);
    if (failure !== undefined) {
      if (failure.loseAnswer === true) throw new TypeError('Failed to fetch');
      return this.cannedAnswer(failure);
    }
    return answer;
  };

  /** Answers `failure` for the next request matching it. */
  failNext(failure: CannedFailure): void {
    this.canned.push(failure);
  }

  /** Requests to a path (and method). */
  requestsTo(path: string, method?: string): SeenRequest[] {
    return this.requests.filter((request) => request.path === path && (method === undefined || request.method === method));
  }

  /** Makes a poll as a facilitator would have. */
  addPoll(id: string, settings: Partial<Poll> = {}): Poll {
    const poll: Poll = {
      id,
      ladderId: 'participation',
      resultsVisibility: 'always',
      minGroupSize: 5,
      minNewVotes: 1,
      askSegment: false,
      status: 'open',
      revealed: false,
      createdAt: NOW,
      ...settings,
    };
    this.polls.set(id, poll);
    this.results.set(id, this.release(id, 0));
    return poll;
  }

  private release(pollId: string, version: number): ReleasedResults {
    let total = 0;
    for (const vote of this.votes.values()) if (vote.pollId === pollId) total += 1;
    return {
      pollId,
      result: { ladderId: 'participation', minGroupSize: 5, total, counts: null },
      version,
      changeCount: total,
      final: this.polls.get(pollId)?.status === 'closed',
      releasedAt: NOW,
    };
  }

  private cannedAnswer(failure: CannedFailure): Response {
    const headers = { 'Content-Type': 'application/json', ...failure.headers };
    return new Response(failure.text ?? JSON.stringify(failure.body ?? errorBody('internal', '', 'Server trouble.', 'Souci du serveur.')), { status: failure.status, headers });
  }

  private openStream(request: SeenRequest, signal: AbortSignal | undefined): Response {
    const status = this.streamStatuses.shift();
    if (status !== undefined && status !== 200) return problem(status, 'invalid', 'lastEventId', 'Bad id.', 'Mauvais identifiant.');
    const stream = new FakeStream(request, signal);
    this.streams.push(stream);
    return new Response(stream.body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  }

  /** The latest open event stream. */
  get stream(): FakeStream {
    const stream = this.streams[this.streams.length - 1];
    if (stream === undefined) throw new Error('No event stream was opened.');
    return stream;
  }

  private async answer(request: SeenRequest, key: string | null): Promise<Response> {
    if (request.method === 'GET') return this.read(request);
    if (key === null) return problem(400, 'idempotency-key-required', 'Idempotency-Key', 'Send a key.', 'Envoyez une clé.');
    const fingerprint = `${request.method} ${request.path}\n${request.body}`;
    const kept = this.kept.get(key);
    if (kept !== undefined) {
      if (kept.text.startsWith(`${fingerprint}\u0000`)) {
        const text = kept.text.slice(fingerprint.length + 1);
        return new Response(text, { status: kept.status, headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' } });
      }
      return problem(422, 'idempotency-key-reused', 'Idempotency-Key', 'Key used for another request.', 'Clé déjà utilisée pour une autre requête.');
    }
    const response = this.write(request);
    if (response.status < 400) {
      const text = await response.clone().text();
      this.kept.set(key, { status: response.status, text: `${fingerprint}\u0000${text}` });
      this.appliedByKey.set(key, (this.appliedByKey.get(key) ?? 0) + 1);
    }
    return response;
  }

  private isFacilitator(request: SeenRequest): boolean {
    return request.headers.get('Authorization') === `Bearer ${FACILITATOR_TOKEN}`;
  }

  private read(request: SeenRequest): Response {
    const parts = request.path.split('/').map(decodeURIComponent);
    if (parts[1] === 'polls' && parts.length === 3) {
      const poll = this.polls.get(parts[2]!);
      return poll === undefined ? problem(404, 'not-found', 'pollId', 'No such poll.', 'Pas de tel sondage.') : json(poll);
    }
    if (parts[1] === 'polls' && parts[3] === 'results') {
      const results = this.results.get(parts[2]!);
      return results === undefined ? problem(404, 'not-found', 'pollId', 'No such poll.', 'Pas de tel sondage.') : json(results);
    }
    if (parts[1] === 'polls' && parts[3] === 'votes') {
      if (!this.polls.has(parts[2]!)) return problem(404, 'not-found', 'pollId', 'No such poll.', 'Pas de tel sondage.');
      return json({ vote: this.votes.get(`${parts[2]}/${parts[4]}`) ?? null });
    }
    if (parts[1] === 'pledges' && parts.length === 2) {
      const wall = request.query.get('wall');
      return json([...this.pledges.values()].filter((pledge) => pledge.wallId === wall).reverse());
    }
    if (parts[1] === 'assessments') {
      const record = this.records.get(`assessments/${parts[2]}`);
      const owner = request.headers.get('X-Participant-Id');
      if (!this.isFacilitator(request) && owner === null) return problem(401, 'unauthorized', 'X-Participant-Id', 'Send your id.', 'Envoyez votre identifiant.');
      if (record === undefined) return problem(404, 'not-found', 'id', 'No such record.', 'Pas de tel enregistrement.');
      if (!this.isFacilitator(request) && record.ownerId !== owner) return problem(403, 'forbidden', 'id', 'Someone else’s.', 'À quelqu’un d’autre.');
      return json(record);
    }
    if (['contributions', 'acknowledgements', 'loop-items'].includes(parts[1]!)) {
      if (!this.isFacilitator(request)) return problem(401, 'unauthorized', 'Authorization', 'Sign in.', 'Identifiez-vous.');
      if (parts.length === 2) return json([...this.records.values()].filter((record) => record.collection === parts[1]));
      const record = this.records.get(`${parts[1]}/${parts[2]}`);
      return record === undefined ? problem(404, 'not-found', 'id', 'No such record.', 'Pas de tel enregistrement.') : json(record);
    }
    return problem(404, 'route-not-found', '', 'No such address.', 'Pas d’adresse de ce type.');
  }

  private write(request: SeenRequest): Response {
    const parts = request.path.split('/').map(decodeURIComponent);
    const body = request.body === '' ? undefined : (JSON.parse(request.body) as Record<string, unknown>);
    if (parts[1] === 'polls') {
      if (parts[3] !== 'votes' && !this.isFacilitator(request)) {
        return problem(401, 'unauthorized', 'Authorization', 'Please sign in as a facilitator.', 'Veuillez vous identifier comme animateur.');
      }
      if (parts.length === 2) {
        const id = String(body?.id);
        if (this.polls.has(id)) return problem(409, 'conflict', 'id', 'That id is taken.', 'Cet identifiant est pris.');
        return json(this.addPoll(id, body as Partial<Poll>), 201);
      }
      const poll = this.polls.get(parts[2]!);
      if (poll === undefined) return problem(404, 'not-found', 'pollId', 'No such poll.', 'Pas de tel sondage.');
      if (parts[3] === 'votes') {
        if (poll.status === 'closed') return problem(409, 'closed', 'pollId', 'This poll is closed.', 'Ce sondage est fermé.');
        this.votes.set(`${poll.id}/${parts[4]}`, { pollId: poll.id, participantId: parts[4]!, rungId: String(body?.rung), at: NOW });
        const results = this.release(poll.id, (this.results.get(poll.id)?.version ?? 0) + 1);
        this.results.set(poll.id, results);
        return json(results);
      }
      const next: Poll = { ...poll, ...(parts[3] === 'close' && { status: 'closed' }), ...(parts[3] === 'open' && { status: 'open' }), ...(parts[3] === 'reveal' && { revealed: true }) };
      this.polls.set(poll.id, next);
      return json(next);
    }
    if (parts[1] === 'pledges' && parts.length === 2) {
      this.pledgeCount += 1;
      const pledge: Pledge = {
        id: `pledge-${this.pledgeCount}`,
        wallId: String(body?.wallId),
        text: String(body?.text),
        ...(body?.nameConsent === true && typeof body.name === 'string' && { name: body.name }),
        nameConsent: body?.nameConsent === true,
        followUpDays: 30,
        followUpOn: '2026-04-30',
        status: 'made',
        joinCount: 0,
        createdAt: NOW,
        updatedAt: NOW,
      };
      this.pledges.set(pledge.id, pledge);
      this.ownerTokens.set(pledge.id, `owner-${this.pledgeCount}`);
      return json({ pledge, ownerToken: `owner-${this.pledgeCount}` }, 201);
    }
    if (parts[1] === 'pledges') {
      const pledge = this.pledges.get(parts[2]!);
      if (pledge === undefined) return problem(404, 'not-found', 'pledgeId', 'No such pledge.', 'Pas de tel engagement.');
      if (parts[3] === 'join') {
        const joined = this.joiners.get(pledge.id) ?? new Set();
        this.joiners.set(pledge.id, joined);
        joined.add(String(body?.participant));
        const next = { ...pledge, joinCount: joined.size };
        this.pledges.set(pledge.id, next);
        return json(next);
      }
      if (request.headers.get('Authorization') !== `Bearer ${this.ownerTokens.get(pledge.id)}`) {
        return problem(403, 'forbidden', 'ownerToken', 'Only its maker can change it.', 'Seule la personne qui l’a pris peut le modifier.');
      }
      const next = { ...pledge, ...body } as Pledge;
      this.pledges.set(pledge.id, next);
      return json(next);
    }
    if (parts[1] === 'assessments' || ['contributions', 'acknowledgements', 'loop-items'].includes(parts[1]!)) {
      const collection = parts[1]!;
      const facilitatorOnly = collection !== 'assessments';
      if (facilitatorOnly && !this.isFacilitator(request)) return problem(401, 'unauthorized', 'Authorization', 'Sign in.', 'Identifiez-vous.');
      const owner = facilitatorOnly ? 'facilitator' : request.headers.get('X-Participant-Id');
      if (owner === null) return problem(401, 'unauthorized', 'X-Participant-Id', 'Send your id.', 'Envoyez votre identifiant.');
      const key = `${collection}/${parts[2]}`;
      if (request.method === 'DELETE') return json({ deleted: this.records.delete(key) });
      const existing = this.records.get(key);
      if (existing !== undefined && existing.ownerId !== owner) return problem(403, 'forbidden', 'id', 'Someone else’s.', 'À quelqu’un d’autre.');
      const record: StoredRecord = { collection, id: parts[2]!, ownerId: owner, value: body, revision: (existing?.revision ?? 0) + 1, updatedAt: NOW };
      this.records.set(key, record);
      return json(record);
    }
    return problem(404, 'route-not-found', '', 'No such address.', 'Pas d’adresse de ce type.');
  }
}
