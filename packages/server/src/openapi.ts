/**
 * The OpenAPI 3.1 description of the server, served at `/v1/openapi.json`. One table lists
 * every operation with the schemas of its bodies (from `schemas.ts`); a test checks that it
 * and the server's routes match both ways, and that real answers match their schemas.
 */
import { SCHEMAS, schemaRef, type SchemaName } from './schemas.js';

/** Who may call an operation. */
export type Access = 'anyone' | 'participant' | 'facilitator' | 'owner';

/** One operation of the API. */
export interface Operation {
  /** The HTTP method, lowercase. */
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path, with `{name}` parameters. */
  readonly path: string;
  /** What it does, in one sentence. */
  readonly summary: string;
  /** Who may call it. */
  readonly access: Access;
  /** True for writes: they need an `Idempotency-Key` header. */
  readonly write?: boolean;
  /** The status of a successful answer (default 200). */
  readonly success?: number;
  /** Query parameters. */
  readonly query?: readonly string[];
  /** The content type of a successful answer (default JSON). */
  readonly produces?: string;
  /** The schema of the request body, for operations that take one. */
  readonly request?: SchemaName;
  /** The schema of a successful answer's body. */
  readonly response: SchemaName;
}

const COLLECTIONS = ['contributions', 'acknowledgements', 'loop-items'] as const;

/** Every operation the server answers. */
export const OPERATIONS: readonly Operation[] = [
  { method: 'get', path: '/healthz', summary: 'Says whether the server and its database work (for load balancers).', access: 'anyone', response: 'Health' },
  { method: 'get', path: '/v1/healthz', summary: 'Says whether the server and its database work.', access: 'anyone', response: 'Health' },
  { method: 'get', path: '/v1/openapi.json', summary: 'This description.', access: 'anyone', response: 'OpenApiDocument' },
  { method: 'get', path: '/v1/audit', summary: 'The newest facilitator actions (time, action, target).', access: 'facilitator', query: ['limit'], response: 'AuditLog' },
  { method: 'post', path: '/v1/polls', summary: 'Creates a ladder poll from its settings.', access: 'facilitator', write: true, success: 201, request: 'PollSettings', response: 'Poll' },
  { method: 'get', path: '/v1/polls/{id}', summary: 'A poll and its settings.', access: 'anyone', response: 'Poll' },
  { method: 'post', path: '/v1/polls/{id}/open', summary: 'Opens a poll to votes.', access: 'facilitator', write: true, response: 'Poll' },
  { method: 'post', path: '/v1/polls/{id}/close', summary: 'Closes a poll and releases its final results.', access: 'facilitator', write: true, response: 'Poll' },
  { method: 'post', path: '/v1/polls/{id}/reveal', summary: 'Shows the results of a poll whose results were hidden.', access: 'facilitator', write: true, response: 'Poll' },
  { method: 'post', path: '/v1/polls/{id}/reset', summary: 'Starts a poll over: removes every vote and result.', access: 'facilitator', write: true, response: 'Poll' },
  { method: 'put', path: '/v1/polls/{id}/votes/{participant}', summary: 'Casts or replaces a participant’s vote; answers the released results.', access: 'participant', write: true, request: 'VoteInput', response: 'ReleasedResults' },
  { method: 'get', path: '/v1/polls/{id}/votes/{participant}', summary: 'A participant’s own vote.', access: 'participant', response: 'OwnVote' },
  { method: 'get', path: '/v1/polls/{id}/results', summary: 'The released results, protected for small groups (hidden polls: only once revealed).', access: 'anyone', response: 'ReleasedResults' },
  { method: 'post', path: '/v1/pledges', summary: 'Makes a pledge; answers it with its owner token.', access: 'anyone', write: true, success: 201, request: 'PledgeDraft', response: 'CreatedPledge' },
  { method: 'get', path: '/v1/pledges', summary: 'The pledges of a wall, newest first.', access: 'anyone', query: ['wall'], response: 'PledgeList' },
  { method: 'post', path: '/v1/pledges/{id}/join', summary: 'Joins a pledge (“I will do this too”).', access: 'anyone', write: true, request: 'PledgeJoin', response: 'Pledge' },
  { method: 'patch', path: '/v1/pledges/{id}', summary: 'Changes a pledge’s status or reflection.', access: 'owner', write: true, request: 'PledgeUpdate', response: 'Pledge' },
  { method: 'put', path: '/v1/assessments/{id}', summary: 'Writes a parity assessment.', access: 'participant', write: true, request: 'RecordValue', response: 'StoredRecord' },
  { method: 'get', path: '/v1/assessments/{id}', summary: 'A parity assessment (its owner, or a facilitator).', access: 'participant', response: 'StoredRecord' },
  { method: 'get', path: '/v1/teams/{id}/parity', summary: 'A team’s latest parity score and its change.', access: 'facilitator', response: 'TeamParity' },
  ...COLLECTIONS.flatMap((name): Operation[] => [
    { method: 'get', path: `/v1/${name}`, summary: `Lists the ${name}.`, access: 'facilitator', response: 'RecordList' },
    { method: 'get', path: `/v1/${name}/{id}`, summary: `One of the ${name}.`, access: 'facilitator', response: 'StoredRecord' },
    { method: 'put', path: `/v1/${name}/{id}`, summary: `Writes one of the ${name}.`, access: 'facilitator', write: true, request: 'RecordValue', response: 'StoredRecord' },
    { method: 'delete', path: `/v1/${name}/{id}`, summary: `Removes one of the ${name}.`, access: 'facilitator', write: true, response: 'Deleted' },
  ]),
  { method: 'get', path: '/v1/people/{key}/export', summary: 'Everything kept about a person, found by name or token.', access: 'facilitator', response: 'PersonalData' },
  { method: 'delete', path: '/v1/people/{key}/export', summary: 'Erases everything kept about a person.', access: 'facilitator', write: true, response: 'Erasure' },
  { method: 'post', path: '/v1/events/tickets', summary: 'A short-lived ticket for a facilitator’s event stream.', access: 'facilitator', write: true, success: 201, response: 'StreamTicket' },
  { method: 'get', path: '/v1/events', summary: 'Server-sent events of some topics (results, poll and pledge changes).', access: 'anyone', query: ['topics', 'ticket', 'lastEventId'], produces: 'text/event-stream', response: 'StoreEvent' },
];

const json = (name: SchemaName): Record<string, unknown> => ({ 'application/json': { schema: schemaRef(name) } });

/** The error answers an operation may give, besides its success. */
function errorStatuses(operation: Operation): string[] {
  const statuses = ['400'];
  if (operation.access !== 'anyone') statuses.push('401', '403');
  if (operation.path.includes('{')) statuses.push('404');
  if (operation.write === true) statuses.push('409', '413', '422');
  if (operation.method === 'put' && operation.path.includes('/votes/')) statuses.push('429');
  return statuses;
}

function operationObject(operation: Operation): Record<string, unknown> {
  const parameters: unknown[] = [];
  for (const match of operation.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
  }
  for (const name of operation.query ?? []) parameters.push({ name, in: 'query', required: name === 'topics' || name === 'wall', schema: { type: 'string' } });
  if (operation.write === true) parameters.push({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } });
  if (operation.path === '/v1/events') parameters.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } });
  if (operation.path.startsWith('/v1/assessments')) parameters.push({ name: 'X-Participant-Id', in: 'header', required: false, schema: { type: 'string' } });
  const refused = { description: 'Refused; nothing changed.', content: json('Error') };
  // The event stream is text: each event's `data:` line is one StoreEvent as JSON.
  const success =
    operation.produces === undefined
      ? json(operation.response)
      : { [operation.produces]: { schema: { type: 'string', description: 'Server-sent events; each data: line is a StoreEvent.' }, 'x-event-data': schemaRef(operation.response) } };
  const responses: Record<string, unknown> = { [String(operation.success ?? 200)]: { description: 'Done', content: success } };
  for (const status of errorStatuses(operation)) responses[status] = refused;
  responses.default = { description: 'Refused, or the server could not answer (503).', content: json('Error') };
  return {
    summary: operation.summary,
    ...(operation.access === 'facilitator' || operation.access === 'owner' ? { security: [{ bearer: [] }] } : {}),
    'x-access': operation.access,
    parameters,
    ...(operation.request !== undefined ? { requestBody: { required: true, content: json(operation.request) } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) {
    const item = paths[operation.path] ?? (paths[operation.path] = {});
    item[operation.method] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PartnerKit server',
      version: '0.1.0',
      description: 'Live ladder polls, pledge walls and partnering records for patient partnering in quality improvement.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: SCHEMAS,
    },
  };
}
