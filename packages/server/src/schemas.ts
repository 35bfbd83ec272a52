/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) of every request and answer body, written
 * by hand from @partnerkit/core's types (`ladders/types.ts`, `polls/types.ts`,
 * `pledges/types.ts`, `store/types.ts`, `parity/score.ts`, `parity/compare.ts`) and the
 * server's own answers. This is the one place they are described: the OpenAPI document
 * refers to them by name (`#/components/schemas/<name>`), and a test checks real answers
 * against them.
 *
 * Only a small set of keywords is used, so a small validator can check them: `type` (a name
 * or a list of names, `"null"` for nullable), `properties`, `required`,
 * `additionalProperties` (`false`, or a schema for maps), `items`, `enum`, `oneOf`, `$ref`,
 * `minimum`, `maximum`, `minLength`, `maxLength`, and `description` or `format` as notes.
 * Limits come from core's own constants, so they cannot drift apart.
 */
import {
  FOLLOW_UP_DAYS,
  HIGHEST_MIN_GROUP_SIZE,
  HIGHEST_MIN_NEW_VOTES,
  LOWEST_MIN_GROUP_SIZE,
  MAX_ID_LENGTH,
  MAX_PLEDGE_LENGTH,
  MAX_PLEDGE_NAME_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_REFLECTION_LENGTH,
  PARITY_FACTOR_IDS,
  PLEDGE_STATUSES,
  RESULTS_VISIBILITIES,
  SEGMENTS,
} from '@partnerkit/core';

/** A JSON Schema, as a plain object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A reference to a named schema (checked by the test: every reference resolves). */
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const text = (description?: string): JsonSchema => ({ type: 'string', ...(description !== undefined && { description }) });
const id = (description: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH, description });
const time = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const count = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });
const list = (items: JsonSchema, description?: string): JsonSchema => ({ type: 'array', items, ...(description !== undefined && { description }) });

/**
 * A closed object: every property listed, `required` as given, nothing else allowed.
 * Used where the server builds the object itself, or where core's reader refuses unknown keys.
 */
function closed(properties: Record<string, JsonSchema>, required: readonly string[], description?: string): JsonSchema {
  return { type: 'object', properties, required: [...required], additionalProperties: false, ...(description !== undefined && { description }) };
}

/** Votes per rung id: a map of counts. */
const COUNTS: JsonSchema = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 }, description: 'Votes per rung id.' };
/** The same, or `null` when hidden to protect a small group. */
const PROTECTED_COUNTS: JsonSchema = { ...COUNTS, type: ['object', 'null'], description: 'Votes per rung id, or null when hidden because the group is too small.' };

/** A score and its change, as in core's `ScoreChange`. */
const SCORE_CHANGE: JsonSchema = closed(
  { before: { type: ['number', 'null'] }, after: { type: ['number', 'null'] }, change: { type: ['number', 'null'] } },
  ['before', 'after', 'change'],
);

/** Every named schema. */
export const SCHEMAS = {
  Error: closed(
    {
      error: closed(
        {
          code: text('A stable code programs can branch on.'),
          message: text('A plain sentence in the language asked by Accept-Language (English or French).'),
          field: text('Dotted path of the field at fault, or an empty string.'),
          messages: closed({ en: text('The message in English.'), fr: text('The message in French.') }, ['en', 'fr'], 'The message in every language, for clients that show it in the person’s own language.'),
        },
        ['code', 'message', 'field', 'messages'],
      ),
    },
    ['error'],
    'Every refused request gets this body.',
  ),
  Health: closed(
    {
      status: { type: 'string', enum: ['ok'] },
      database: { type: 'string', enum: ['pglite', 'postgres'] },
      streams: count('Event streams open on this server process.'),
    },
    ['status', 'database', 'streams'],
  ),
  OpenApiDocument: { type: 'object', required: ['openapi', 'info', 'paths'], description: 'This description.' },
  AuditEntry: closed({ at: time('When.'), action: text('What was done, for example poll.close.'), target: text('What it was done to, for example poll:team-a.') }, ['at', 'action', 'target']),
  AuditLog: list(ref('AuditEntry'), 'Newest first.'),
  PollSettings: closed(
    {
      id: id('Id of the new poll.'),
      ladderId: id('A built-in ladder id (default: participation).'),
      question: { type: 'string', maxLength: MAX_QUESTION_LENGTH, description: 'The question shown; default: the ladder’s own.' },
      resultsVisibility: { type: 'string', enum: [...RESULTS_VISIBILITIES], description: 'When voters may see the results (default after-vote).' },
      minGroupSize: { type: 'integer', minimum: LOWEST_MIN_GROUP_SIZE, maximum: HIGHEST_MIN_GROUP_SIZE, description: 'Smallest group whose split may be shown (default 5).' },
      minNewVotes: { type: 'integer', minimum: 1, maximum: HIGHEST_MIN_NEW_VOTES, description: 'New votes needed before fresh results are released (default 3).' },
      askSegment: { type: 'boolean', description: 'Ask voters whether they are staff or patient partners.' },
    },
    ['id'],
    'What a facilitator sets when creating a poll (core: PollSettings).',
  ),
  Poll: closed(
    {
      id: id('Id of the poll.'),
      ladderId: id('The ladder voters choose a rung of.'),
      question: text('The question shown, when it is not the ladder’s own.'),
      resultsVisibility: { type: 'string', enum: [...RESULTS_VISIBILITIES] },
      minGroupSize: { type: 'integer', minimum: LOWEST_MIN_GROUP_SIZE },
      minNewVotes: { type: 'integer', minimum: 1 },
      askSegment: { type: 'boolean' },
      status: { type: 'string', enum: ['open', 'closed'] },
      revealed: { type: 'boolean', description: 'For hidden polls: the facilitator has revealed the results.' },
      createdAt: time('When it was created.'),
    },
    ['id', 'ladderId', 'resultsVisibility', 'minGroupSize', 'minNewVotes', 'askSegment', 'status', 'revealed', 'createdAt'],
    'A poll as stored (core: Poll).',
  ),
  VoteInput: closed(
    {
      rung: id('The chosen rung of the poll’s ladder.'),
      segment: { type: 'string', enum: [...SEGMENTS], description: 'Only when the poll asks for it.' },
    },
    ['rung'],
  ),
  Vote: closed(
    {
      pollId: id('The poll voted in.'),
      participantId: id('Who voted (an anonymous id).'),
      rungId: id('The chosen rung.'),
      segment: { type: 'string', enum: [...SEGMENTS] },
      at: time('When the vote was cast.'),
    },
    ['pollId', 'participantId', 'rungId', 'at'],
    'A participant’s own vote (core: Vote).',
  ),
  OwnVote: closed({ vote: { oneOf: [ref('Vote'), { type: 'null' }] } }, ['vote'], 'The vote, or null when there is none.'),
  ProtectedSegment: closed({ total: count('Votes in this segment.'), counts: PROTECTED_COUNTS }, ['total', 'counts']),
  ProtectedResult: closed(
    {
      ladderId: id('The ladder the votes were cast on.'),
      minGroupSize: { type: 'integer', minimum: LOWEST_MIN_GROUP_SIZE },
      total: count('Votes in all (always shown).'),
      counts: PROTECTED_COUNTS,
      segments: { type: 'object', additionalProperties: ref('ProtectedSegment'), description: 'Present when votes were split by segment.' },
    },
    ['ladderId', 'minGroupSize', 'total', 'counts'],
    'Results safe to show anyone (core: ProtectedResult).',
  ),
  ReleasedResults: closed(
    {
      pollId: id('The poll.'),
      result: ref('ProtectedResult'),
      version: count('0 before the first release, then one more with each.'),
      changeCount: count('Votes (new or changed) taken when this was released.'),
      final: { type: 'boolean', description: 'True once the poll is closed.' },
      releasedAt: time('When it was released.'),
    },
    ['pollId', 'result', 'version', 'changeCount', 'final', 'releasedAt'],
    'Released, protected results (core: ReleasedResults).',
  ),
  PledgeDraft: closed(
    {
      wallId: id('The wall to show it on.'),
      text: { type: 'string', minLength: 1, maxLength: MAX_PLEDGE_LENGTH },
      name: { type: 'string', maxLength: MAX_PLEDGE_NAME_LENGTH, description: 'Kept only with nameConsent.' },
      nameConsent: { type: 'boolean' },
      followUpDays: { type: 'integer', enum: [...FOLLOW_UP_DAYS] },
    },
    ['wallId', 'text'],
    'A pledge to make (core: PledgeDraft).',
  ),
  Pledge: closed(
    {
      id: id('Id of the pledge.'),
      wallId: id('The wall it is shown on.'),
      text: { type: 'string', minLength: 1, maxLength: MAX_PLEDGE_LENGTH },
      name: { type: 'string', maxLength: MAX_PLEDGE_NAME_LENGTH },
      nameConsent: { type: 'boolean' },
      followUpDays: { type: 'integer', enum: [...FOLLOW_UP_DAYS] },
      followUpOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: [...PLEDGE_STATUSES] },
      reflection: { type: 'string', maxLength: MAX_REFLECTION_LENGTH },
      joinCount: count('How many people joined.'),
      createdAt: time('When it was made.'),
      updatedAt: time('When it last changed.'),
    },
    ['id', 'wallId', 'text', 'nameConsent', 'followUpDays', 'followUpOn', 'status', 'joinCount', 'createdAt', 'updatedAt'],
    'A pledge (core: Pledge).',
  ),
  PledgeList: list(ref('Pledge'), 'Newest first.'),
  CreatedPledge: closed(
    { pledge: ref('Pledge'), ownerToken: text('Keep this: it is needed to change the pledge. Never shown on a wall.') },
    ['pledge', 'ownerToken'],
  ),
  PledgeJoin: closed({ participant: id('The anonymous id of who joins.') }, ['participant']),
  PledgeUpdate: closed(
    { status: { type: 'string', enum: [...PLEDGE_STATUSES] }, reflection: { type: 'string', maxLength: MAX_REFLECTION_LENGTH } },
    [],
    'What the maker may change (core: PledgeUpdate).',
  ),
  RecordValue: {
    type: 'object',
    description: 'A record: a parity assessment, contribution, acknowledgement or loop item, read by core’s reader of that collection.',
  },
  StoredRecord: closed(
    {
      collection: text('assessments, contributions, acknowledgements or loop-items.'),
      id: id('The record’s id within its collection.'),
      ownerId: id('Who wrote it (a participant id, or facilitator).'),
      value: ref('RecordValue'),
      revision: { type: 'integer', minimum: 1 },
      updatedAt: time('When it was last written.'),
    },
    ['collection', 'id', 'ownerId', 'value', 'revision', 'updatedAt'],
    'A record with its bookkeeping (core: StoredRecord).',
  ),
  RecordList: list(ref('StoredRecord'), 'Sorted by id.'),
  Deleted: closed({ deleted: { type: 'boolean', description: 'True when there was one to remove.' } }, ['deleted']),
  ParityScore: {
    type: 'object',
    required: ['factors', 'overall', 'weakestFirst', 'progress', 'suggestions', 'filledFromRoster'],
    properties: {
      factors: list({ type: 'object' }, 'The seven factors in their fixed order.'),
      overall: closed({ score: { type: ['number', 'null'] }, rounded: { type: ['integer', 'null'] } }, ['score', 'rounded']),
      weakestFirst: list({ type: 'string', enum: [...PARITY_FACTOR_IDS] }),
      progress: closed(
        { factorsAnswered: count('Factors fully answered.'), totalFactors: count('Factors in all.'), itemsAnswered: count('Items answered.'), totalItems: count('Items in all.') },
        ['factorsAnswered', 'totalFactors', 'itemsAnswered', 'totalItems'],
      ),
      suggestions: list({ type: 'object' }),
      filledFromRoster: list({ type: 'string' }),
    },
    description: 'A parity score (core: ParityScore).',
  },
  ParityComparison: closed(
    {
      factors: list({ type: 'object', required: ['factorId', 'before', 'after', 'change'], properties: { factorId: { type: 'string', enum: [...PARITY_FACTOR_IDS] } } }),
      overall: SCORE_CHANGE,
      improved: list({ type: 'string', enum: [...PARITY_FACTOR_IDS] }),
      declined: list({ type: 'string', enum: [...PARITY_FACTOR_IDS] }),
    },
    ['factors', 'overall', 'improved', 'declined'],
    'The change between two parity scores (core: ParityComparison).',
  ),
  TeamParity: closed(
    {
      teamId: id('The team.'),
      assessmentCount: count('Assessments of the team.'),
      latest: {
        type: ['object', 'null'],
        properties: { assessmentId: id('The latest assessment.'), assessedOn: { type: 'string', format: 'date' }, score: ref('ParityScore') },
        required: ['assessmentId', 'assessedOn', 'score'],
        additionalProperties: false,
      },
      change: { oneOf: [ref('ParityComparison'), { type: 'null' }] },
    },
    ['teamId', 'assessmentCount', 'latest', 'change'],
    'A team’s parity over time, without roster names.',
  ),
  PersonalData: closed(
    { pledges: list(ref('Pledge')), joinedPledges: list(id('A pledge they joined.')), records: list(ref('StoredRecord')) },
    ['pledges', 'joinedPledges', 'records'],
    'Everything kept about one person.',
  ),
  Erasure: closed(
    {
      erased: closed(
        { pledges: count('Pledges removed.'), joinedPledges: count('Joins removed.'), records: count('Records removed.') },
        ['pledges', 'joinedPledges', 'records'],
      ),
    },
    ['erased'],
  ),
  StreamTicket: closed({ ticket: text('Pass it as ?ticket= on the event stream.'), expiresAt: time('When it stops working.') }, ['ticket', 'expiresAt']),
  StoreEvent: {
    description: 'The data: line of an event on the stream (core: StoreEvent).',
    oneOf: [
      closed({ topic: text(), type: { type: 'string', enum: ['results'] }, results: ref('ReleasedResults') }, ['topic', 'type', 'results']),
      closed({ topic: text(), type: { type: 'string', enum: ['poll'] }, poll: ref('Poll') }, ['topic', 'type', 'poll']),
      closed({ topic: text(), type: { type: 'string', enum: ['pledge'] }, pledge: ref('Pledge') }, ['topic', 'type', 'pledge']),
    ],
  },
} as const satisfies Record<string, JsonSchema>;

/** The name of one of {@link SCHEMAS}. */
export type SchemaName = keyof typeof SCHEMAS;

/** A reference to one of {@link SCHEMAS} by name, as OpenAPI writes it. */
export function schemaRef(name: SchemaName): JsonSchema {
  return ref(name);
}
