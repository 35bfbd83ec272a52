/**
 * The HTTP store: the Store interface over the PartnerKit server's API (see
 * `@partnerkit/server`). Reads go straight to the server; participants' changes (votes,
 * pledges without a name, joins, assessments) go through the outbox, so nothing is lost when
 * the connection drops; facilitator actions and pledge updates carry secrets and are sent
 * directly, never kept. Live events come through one stream shared by the page.
 */
import type { ReleasedResults } from '../ladders/types.js';
import type { Pledge, PledgeUpdate } from '../pledges/types.js';
import { readPollAction } from '../polls/actions.js';
import type { Poll, Vote } from '../polls/types.js';
import { invalid, PartnerKitError } from '../shared/errors.js';
import { readId } from '../shared/ids.js';
import { t, type LocalizedText } from '../shared/text.js';
import type {
  CreatedPledge,
  Outbox,
  PollAction,
  RecordCollection,
  Store,
  StoredRecord,
  StoreListener,
  Topic,
  Unsubscribe,
} from '../store/types.js';
import { apiPath } from './endpoint.js';
import { sharedEventStream, type SharedEventStream } from './event-stream.js';
import { holdsName } from './names.js';
import type { HttpStoreOptions, StoredOutboxEntry } from './options.js';
import { HttpOutbox, newOutboxKey, type OutboxDraft } from './outbox.js';
import { sendRequest, type HttpRequest, type HttpTransport } from './request.js';
import { NAMED_CHANGE_NOT_SENT, PLEDGE_NOT_SENT, unavailable, UNREACHABLE_READ, UNREACHABLE_WRITE } from './server-errors.js';
import { readHttpStoreOptions, type HttpStoreSettings } from './store-options.js';
import { StoreTopics } from './store-topics.js';

/** Record collections only facilitators read and write on the server. */
export const FACILITATOR_COLLECTIONS: readonly string[] = ['contributions', 'acknowledgements', 'loop-items'];
/** The one collection participants write on the server. */
export const PARTICIPANT_COLLECTION = 'assessments';
/** The header that says whose assessment is written or read. */
export const PARTICIPANT_HEADER = 'X-Participant-Id';
/** How many pledges the store remembers for {@link HttpStore.getPledge}. */
export const MAX_REMEMBERED_PLEDGES = 5000;

const CLOSED = t('This connection to the server was closed. Please reload the page.', 'Cette connexion au serveur a été fermée. Veuillez recharger la page.');
const UNKNOWN_COLLECTION = t('The server does not keep records of the kind "{collection}".', 'Le serveur ne garde pas d’enregistrements du type « {collection} ».');
const NO_ASSESSMENT_LIST = t('The server does not list assessments. Please open one by its id.', 'Le serveur ne donne pas la liste des évaluations. Veuillez en ouvrir une par son identifiant.');
const NO_ASSESSMENT_DELETE = t('The server does not let anyone delete an assessment.', 'Le serveur ne permet à personne de supprimer une évaluation.');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings the server takes when creating a poll, from a full poll record. */
function pollSettingsOf(poll: Poll): Record<string, unknown> {
  return {
    id: poll.id,
    ladderId: poll.ladderId,
    ...(poll.question !== undefined && { question: poll.question }),
    resultsVisibility: poll.resultsVisibility,
    minGroupSize: poll.minGroupSize,
    minNewVotes: poll.minNewVotes,
    askSegment: poll.askSegment,
  };
}

/** The draft the server takes when making a pledge: the name only with consent. */
function pledgeDraftOf(pledge: Pledge): Record<string, unknown> {
  const name = pledge.nameConsent && typeof pledge.name === 'string' && pledge.name.trim() !== '' ? pledge.name : undefined;
  return {
    wallId: pledge.wallId,
    text: pledge.text,
    ...(name !== undefined && { name }),
    nameConsent: pledge.nameConsent,
    followUpDays: pledge.followUpDays,
  };
}

/**
 * A {@link Store} backed by a PartnerKit server. Its kind is `http`.
 *
 * - Reads reject with a `storage-unavailable` error when the server cannot be reached.
 * - Participants' changes wait in {@link HttpStore.outbox} when they cannot be sent: the call
 *   rejects with a `queued` error (a `QueuedError`) and the outbox later tells `sent` or `refused`.
 *   Changes that show a name are never kept: offline, they reject with `storage-unavailable`.
 * - Facilitator actions (with `facilitatorToken`) and pledge updates are sent at once and
 *   never kept; offline they reject with `storage-unavailable`.
 * - `getPledge` answers from the pledges this store has seen (the server has no address for
 *   one pledge): a pledge it never saw is `undefined`.
 * - Records: `assessments` belong to participants; `contributions`, `acknowledgements` and
 *   `loop-items` are for facilitators; other collections are refused. An assessment is read
 *   as its owner: the one who wrote or read it through this store, else the `participantId`
 *   option; with neither (and no facilitator token), `getRecord` resolves `undefined`.
 */
export class HttpStore implements Store {
  /** Always `http`. */
  readonly kind = 'http';
  /** The server's base address, absolute and ending with `/`. */
  readonly endpoint: string;
  /** Changes waiting to reach the server. */
  readonly outbox: Outbox;
  private readonly settings: HttpStoreSettings;
  private readonly transport: HttpTransport;
  private readonly queue: HttpOutbox;
  private readonly topics: StoreTopics;
  private readonly pledges = new Map<string, Pledge>();
  /**
   * The last poll and results seen for each poll, so a page that loses the connection can
   * still show them and accept a vote into the outbox.
   */
  private readonly lastPolls = new Map<string, Poll>();
  private readonly lastResults = new Map<string, ReleasedResults>();
  /** Owners of assessments written or read here, to read them back. */
  private readonly assessmentOwners = new Map<string, string>();
  private closed = false;

  /**
   * Makes a store for the server at `options.endpoint`; throws a ValidationError for
   * unusable options. Changes an earlier page left in the outbox are sent at once.
   */
  constructor(options: HttpStoreOptions) {
    this.settings = readHttpStoreOptions(options);
    this.endpoint = this.settings.endpoint;
    const fetchFn = this.settings.fetch;
    this.transport = {
      endpoint: this.endpoint,
      // Called as a plain function: browsers refuse `fetch` called on another object.
      fetch: (input, init) => fetchFn(input, init),
      locale: this.settings.locale,
    };
    this.queue = new HttpOutbox({
      endpoint: this.endpoint,
      storage: this.settings.storage,
      retry: this.settings.retry,
      send: (entry) => sendRequest(this.transport, { ...entry, headers: { ...entry.headers, 'Idempotency-Key': entry.key } }),
      decode: (entry, value) => this.answerOf(entry, value),
    });
    this.outbox = this.queue;
    const stream = (): SharedEventStream =>
      sharedEventStream({ endpoint: this.endpoint, facilitatorToken: this.settings.facilitatorToken, fetch: this.settings.fetch, retry: this.settings.retry });
    this.topics = new StoreTopics(stream, this, (event) => {
      if (event.type === 'pledge') this.remember(event.pledge);
      else if (event.type === 'poll') this.lastPolls.set(event.poll.id, event.poll);
      else this.lastResults.set(event.results.pollId, event.results);
    });
  }

  // ---- Polls ---------------------------------------------------------------------------

  async createPoll(poll: Poll): Promise<Poll> {
    readId(poll.id, 'id');
    return this.rememberPoll((await this.direct({ method: 'POST', path: apiPath('polls'), body: JSON.stringify(pollSettingsOf(poll)) }, this.settings.facilitatorToken)) as Poll);
  }

  async getPoll(pollId: string): Promise<Poll | undefined> {
    const id = readId(pollId, 'pollId');
    const poll = (await this.orLastKnown(() => this.readIfFound(apiPath('polls', id)), this.lastPolls.get(id))) as Poll | undefined;
    return poll === undefined ? undefined : this.rememberPoll(poll);
  }

  async updatePoll(pollId: string, action: PollAction): Promise<Poll> {
    const path = apiPath('polls', readId(pollId, 'pollId'), readPollAction(action));
    return this.rememberPoll((await this.direct({ method: 'POST', path }, this.settings.facilitatorToken)) as Poll);
  }

  async castVote(vote: Vote): Promise<ReleasedResults> {
    const pollId = readId(vote.pollId, 'pollId');
    const participantId = readId(vote.participantId, 'participantId');
    const body = { rung: vote.rungId, ...(vote.segment !== undefined && { segment: vote.segment }) };
    const draft: OutboxDraft = {
      kind: 'vote',
      target: pollId,
      participantId,
      method: 'PUT',
      path: apiPath('polls', pollId, 'votes', participantId),
      body: JSON.stringify(body),
      headers: {},
    };
    return this.rememberResults((await this.participantChange(draft, body, NAMED_CHANGE_NOT_SENT)) as ReleasedResults);
  }

  async getOwnVote(pollId: string, participantId: string): Promise<Vote | undefined> {
    const path = apiPath('polls', readId(pollId, 'pollId'), 'votes', readId(participantId, 'participantId'));
    const answer = await this.readIfFound(path);
    return isObject(answer) && isObject(answer.vote) ? (answer.vote as unknown as Vote) : undefined;
  }

  async getResults(pollId: string): Promise<ReleasedResults> {
    const id = readId(pollId, 'pollId');
    return this.rememberResults((await this.orLastKnown(() => this.read(apiPath('polls', id, 'results'), this.facilitatorHeaders()), this.lastResults.get(id))) as ReleasedResults);
  }

  private rememberPoll(poll: Poll): Poll {
    if (isObject(poll) && typeof poll.id === 'string') this.lastPolls.set(poll.id, poll);
    return poll;
  }

  private rememberResults(results: ReleasedResults): ReleasedResults {
    if (isObject(results) && typeof results.pollId === 'string') this.lastResults.set(results.pollId, results);
    return results;
  }

  /** Reads from the server; when it cannot be reached, answers the last copy seen, if any. */
  private async orLastKnown(read: () => Promise<unknown>, lastKnown: unknown): Promise<unknown> {
    try {
      return await read();
    } catch (error) {
      if (lastKnown !== undefined && error instanceof PartnerKitError && error.code === 'storage-unavailable') return lastKnown;
      throw error;
    }
  }

  // ---- Records -------------------------------------------------------------------------

  async putRecord<T>(collection: RecordCollection, id: string, ownerId: string, value: T): Promise<StoredRecord<T>> {
    const recordId = readId(id, 'id');
    const path = apiPath(this.collectionOf(collection), recordId);
    if (collection !== PARTICIPANT_COLLECTION) {
      return (await this.direct({ method: 'PUT', path, body: JSON.stringify(value) }, this.settings.facilitatorToken)) as StoredRecord<T>;
    }
    const owner = readId(ownerId, 'ownerId');
    this.assessmentOwners.set(recordId, owner);
    const draft: OutboxDraft = {
      kind: 'record',
      target: `${collection}/${recordId}`,
      participantId: owner,
      method: 'PUT',
      path,
      body: JSON.stringify(value),
      headers: { [PARTICIPANT_HEADER]: owner },
    };
    return (await this.participantChange(draft, value, NAMED_CHANGE_NOT_SENT)) as StoredRecord<T>;
  }

  async getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined> {
    const recordId = readId(id, 'id');
    const path = apiPath(this.collectionOf(collection), recordId);
    if (collection !== PARTICIPANT_COLLECTION) return (await this.readIfFound(path, this.facilitatorHeaders())) as StoredRecord<T> | undefined;
    const owner = this.assessmentOwners.get(recordId) ?? this.settings.participantId;
    // Nobody to read it as: this page has no assessment of its own to show.
    if (owner === undefined && this.settings.facilitatorToken === undefined) return undefined;
    const headers = { ...this.facilitatorHeaders(), ...(owner !== undefined && { [PARTICIPANT_HEADER]: owner }) };
    const record = (await this.readIfFound(path, headers)) as StoredRecord<T> | undefined;
    if (record !== undefined && typeof record.ownerId === 'string') this.assessmentOwners.set(recordId, record.ownerId);
    return record;
  }

  async listRecords<T>(collection: RecordCollection, filter: { readonly ownerId?: string } = {}): Promise<StoredRecord<T>[]> {
    const name = this.collectionOf(collection);
    if (name === PARTICIPANT_COLLECTION) throw invalid('invalid', 'collection', NO_ASSESSMENT_LIST);
    const answer = await this.read(apiPath(name), this.facilitatorHeaders());
    const records = (Array.isArray(answer) ? answer : []) as StoredRecord<T>[];
    const ownerId = filter.ownerId;
    return ownerId === undefined ? records : records.filter((record) => record.ownerId === ownerId);
  }

  async deleteRecord(collection: RecordCollection, id: string): Promise<boolean> {
    const name = this.collectionOf(collection);
    if (name === PARTICIPANT_COLLECTION) throw invalid('invalid', 'collection', NO_ASSESSMENT_DELETE);
    const answer = await this.direct({ method: 'DELETE', path: apiPath(name, readId(id, 'id')) }, this.settings.facilitatorToken);
    return isObject(answer) && answer.deleted === true;
  }

  // ---- Pledges -------------------------------------------------------------------------

  async createPledge(pledge: Pledge): Promise<CreatedPledge> {
    const wallId = readId(pledge.wallId, 'wallId');
    const body = pledgeDraftOf(pledge);
    const draft: OutboxDraft = { kind: 'pledge', target: wallId, participantId: '', method: 'POST', path: apiPath('pledges'), body: JSON.stringify(body), headers: {} };
    return (await this.participantChange(draft, body, PLEDGE_NOT_SENT)) as CreatedPledge;
  }

  async getPledge(pledgeId: string): Promise<Pledge | undefined> {
    return this.pledges.get(readId(pledgeId, 'pledgeId'));
  }

  async updatePledge(pledgeId: string, ownerToken: string, update: PledgeUpdate): Promise<Pledge> {
    const path = apiPath('pledges', readId(pledgeId, 'pledgeId'));
    const body = {
      ...(update.status !== undefined && { status: update.status }),
      ...(update.reflection !== undefined && { reflection: update.reflection }),
    };
    const pledge = (await this.direct({ method: 'PATCH', path, body: JSON.stringify(body) }, readId(ownerToken, 'ownerToken'))) as Pledge;
    this.remember(pledge);
    return pledge;
  }

  async joinPledge(pledgeId: string, participantId: string): Promise<Pledge> {
    const id = readId(pledgeId, 'pledgeId');
    const participant = readId(participantId, 'participantId');
    const body = { participant };
    const draft: OutboxDraft = { kind: 'join', target: id, participantId: participant, method: 'POST', path: apiPath('pledges', id, 'join'), body: JSON.stringify(body), headers: {} };
    return (await this.participantChange(draft, body, NAMED_CHANGE_NOT_SENT)) as Pledge;
  }

  async listPledges(wallId: string): Promise<Pledge[]> {
    const answer = await this.read(`${apiPath('pledges')}?wall=${encodeURIComponent(readId(wallId, 'wallId'))}`);
    const pledges = (Array.isArray(answer) ? answer : []) as Pledge[];
    for (const pledge of pledges) this.remember(pledge);
    return pledges;
  }

  // ---- Live events ---------------------------------------------------------------------

  subscribe(topic: Topic, listener: StoreListener): Unsubscribe {
    return this.topics.subscribe(topic, listener);
  }

  /** Stops listening and retrying. Waiting changes stay in the outbox storage for the next page. */
  async close(): Promise<void> {
    this.closed = true;
    this.topics.close();
    this.queue.close();
  }

  // ---- Requests ------------------------------------------------------------------------

  private facilitatorHeaders(): Record<string, string> {
    const token = this.settings.facilitatorToken;
    return token === undefined ? {} : { Authorization: `Bearer ${token}` };
  }

  /** The server's address for a record collection; refuses collections the server does not have. */
  private collectionOf(collection: RecordCollection): string {
    const name = readId(collection, 'collection');
    if (name === PARTICIPANT_COLLECTION || FACILITATOR_COLLECTIONS.includes(name)) return name;
    throw invalid('unknown-value', 'collection', UNKNOWN_COLLECTION, { collection: name });
  }

  private async read(path: string, headers: Record<string, string> = {}): Promise<unknown> {
    const outcome = await sendRequest(this.transport, { method: 'GET', path, headers });
    if (outcome.kind === 'answer') return outcome.value;
    if (outcome.kind === 'failed') throw outcome.error;
    throw unavailable(UNREACHABLE_READ);
  }

  /** Like `read`, but a `not-found` answer resolves to `undefined`. */
  private async readIfFound(path: string, headers: Record<string, string> = {}): Promise<unknown> {
    try {
      return await this.read(path, headers);
    } catch (error) {
      if (error instanceof PartnerKitError && error.code === 'not-found') return undefined;
      throw error;
    }
  }

  /** Sends a change at once, never keeping it (it carries a secret or a name). */
  private async direct(request: HttpRequest, bearer: string | undefined, offline: LocalizedText = UNREACHABLE_WRITE): Promise<unknown> {
    if (this.closed) throw unavailable(CLOSED);
    const headers = {
      ...request.headers,
      'Idempotency-Key': newOutboxKey(),
      ...(bearer !== undefined && { Authorization: `Bearer ${bearer}` }),
    };
    const outcome = await sendRequest(this.transport, { ...request, headers });
    if (outcome.kind === 'answer') return outcome.value;
    if (outcome.kind === 'failed') throw outcome.error;
    throw unavailable(offline);
  }

  /** A participant's change: through the outbox, unless it names someone (then sent directly). */
  private async participantChange(draft: OutboxDraft, value: unknown, namedOffline: LocalizedText): Promise<unknown> {
    if (this.closed) throw unavailable(CLOSED);
    if (holdsName(value)) {
      const answer = await this.direct(draft, undefined, namedOffline);
      return this.answerOf(draft, answer);
    }
    return this.queue.submit(draft);
  }

  /** What a participant's change resolves to, from the server's answer; pledges are remembered. */
  private answerOf(entry: Pick<StoredOutboxEntry, 'kind'>, value: unknown): unknown {
    if (entry.kind === 'record-delete') return isObject(value) && value.deleted === true;
    if (entry.kind === 'pledge' && isObject(value)) this.remember(value.pledge);
    if (entry.kind === 'join') this.remember(value);
    return value;
  }

  private remember(pledge: unknown): void {
    if (!isObject(pledge) || typeof pledge.id !== 'string') return;
    this.pledges.delete(pledge.id);
    this.pledges.set(pledge.id, pledge as unknown as Pledge);
    if (this.pledges.size > MAX_REMEMBERED_PLEDGES) {
      const oldest = this.pledges.keys().next();
      if (oldest.done !== true) this.pledges.delete(oldest.value);
    }
  }
}
