import { describe, expect, it } from 'vitest';
import { getBuiltInLadder } from '../../src/ladders/index.js';
import {
  applyPollAction,
  canSeeResults,
  createPollRecord,
  readPollSettings,
  readVoteInput,
  type Poll,
} from '../../src/polls/index.js';
import { errorOf } from '../support.js';

const NOW = new Date('2026-03-31T14:00:00Z');
const ladder = getBuiltInLadder('participation')!;
const firstRung = ladder.rungs[0]!.id;

function poll(overrides: Partial<Poll> = {}): Poll {
  return { ...createPollRecord(readPollSettings({ id: 'poll-1' }), NOW), ...overrides };
}

describe('readPollSettings and createPollRecord', () => {
  it('fills the defaults', () => {
    expect(poll()).toEqual({
      id: 'poll-1',
      ladderId: 'participation',
      resultsVisibility: 'after-vote',
      minGroupSize: 5,
      minNewVotes: 3,
      askSegment: false,
      status: 'open',
      revealed: false,
      createdAt: '2026-03-31T14:00:00.000Z',
    });
  });

  it('keeps every chosen setting', () => {
    const settings = readPollSettings({
      id: 'ws-b9',
      ladderId: 'arnstein',
      question: '  Where are we <today>?  ',
      resultsVisibility: 'hidden',
      minGroupSize: 3,
      minNewVotes: 1,
      askSegment: true,
    });
    expect(createPollRecord(settings, '2026-03-31')).toMatchObject({
      id: 'ws-b9',
      ladderId: 'arnstein',
      question: 'Where are we <today>?',
      resultsVisibility: 'hidden',
      minGroupSize: 3,
      minNewVotes: 1,
      askSegment: true,
      createdAt: '2026-03-31T00:00:00.000Z',
    });
  });

  it('refuses bad settings, naming the field', () => {
    expect(errorOf(() => readPollSettings({})).field).toBe('id');
    expect(errorOf(() => readPollSettings({ id: 'a b' })).field).toBe('id');
    expect(errorOf(() => readPollSettings({ id: 'p', ladderId: 'nope' })).field).toBe('ladderId');
    expect(errorOf(() => readPollSettings({ id: 'p', minGroupSize: 2 })).code).toBe('too-small');
    expect(errorOf(() => readPollSettings({ id: 'p', minGroupSize: 4.5 })).code).toBe('not-an-integer');
    expect(errorOf(() => readPollSettings({ id: 'p', minNewVotes: 0 })).code).toBe('too-small');
    expect(errorOf(() => readPollSettings({ id: 'p', resultsVisibility: 'never' })).code).toBe('unknown-value');
    expect(errorOf(() => readPollSettings({ id: 'p', askSegment: 'yes' })).code).toBe('wrong-type');
    expect(errorOf(() => readPollSettings({ id: 'p', question: 'x'.repeat(301) })).code).toBe('too-long');
    expect(errorOf(() => readPollSettings({ id: 'p', extra: 1 })).code).toBe('unknown-field');
    expect(errorOf(() => readPollSettings(JSON.parse('{"id":"p","__proto__":{}}'))).code).toBe('forbidden-key');
    expect(errorOf(() => readPollSettings(null)).code).toBe('wrong-type');
    expect(errorOf(() => readPollSettings([])).code).toBe('wrong-type');
  });

  it('accepts a custom ladder passed in', () => {
    const custom = { ...ladder, id: 'our-ladder' };
    expect(readPollSettings({ id: 'p', ladderId: 'our-ladder' }, { ladders: [custom] }).ladderId).toBe('our-ladder');
  });
});

describe('readVoteInput', () => {
  it('reads a rung of the poll’s ladder', () => {
    expect(readVoteInput(poll(), ladder, { rung: firstRung })).toEqual({ rungId: firstRung });
  });

  it('refuses a rung of another ladder or a missing rung', () => {
    expect(errorOf(() => readVoteInput(poll(), ladder, { rung: 'citizen-control' })).field).toBe('rung');
    expect(errorOf(() => readVoteInput(poll(), ladder, {})).code).toBe('required');
    expect(errorOf(() => readVoteInput(poll(), ladder, { rung: 3 })).code).toBe('unknown-value');
  });

  it('takes a segment only when the poll asks, and only staff or patient', () => {
    expect(errorOf(() => readVoteInput(poll(), ladder, { rung: firstRung, segment: 'staff' })).field).toBe('segment');
    const asking = poll({ askSegment: true });
    expect(readVoteInput(asking, ladder, { rung: firstRung, segment: 'patient' })).toEqual({ rungId: firstRung, segment: 'patient' });
    expect(readVoteInput(asking, ladder, { rung: firstRung })).toEqual({ rungId: firstRung });
    expect(errorOf(() => readVoteInput(asking, ladder, { rung: firstRung, segment: 'manager' })).code).toBe('unknown-value');
  });
});

describe('applyPollAction', () => {
  it('closes and reopens, and repeating an action changes nothing', () => {
    const open = poll();
    const closed = applyPollAction(open, 'close');
    expect(closed.status).toBe('closed');
    expect(applyPollAction(closed, 'close')).toBe(closed);
    expect(applyPollAction(closed, 'open').status).toBe('open');
    expect(applyPollAction(open, 'open')).toBe(open);
    expect(open.status).toBe('open');
  });

  it('reveals only hidden polls', () => {
    expect(errorOf(() => applyPollAction(poll(), 'reveal')).code).toBe('invalid-transition');
    const revealed = applyPollAction(poll({ resultsVisibility: 'hidden' }), 'reveal');
    expect(revealed.revealed).toBe(true);
    expect(applyPollAction(revealed, 'reveal')).toBe(revealed);
  });

  it('resets to an open, unrevealed poll', () => {
    const done = poll({ resultsVisibility: 'hidden', revealed: true, status: 'closed' });
    expect(applyPollAction(done, 'reset')).toMatchObject({ status: 'open', revealed: false });
  });

  it('refuses an unknown action', () => {
    expect(errorOf(() => applyPollAction(poll(), 'delete' as never)).code).toBe('unknown-value');
  });
});

describe('canSeeResults', () => {
  const voter = { hasVoted: true, isFacilitator: false };
  const newcomer = { hasVoted: false, isFacilitator: false };
  const facilitator = { hasVoted: false, isFacilitator: true };

  it('after-vote: after voting, or once closed', () => {
    expect(canSeeResults(poll(), newcomer)).toBe(false);
    expect(canSeeResults(poll(), voter)).toBe(true);
    expect(canSeeResults(poll({ status: 'closed' }), newcomer)).toBe(true);
  });

  it('always: anyone', () => {
    expect(canSeeResults(poll({ resultsVisibility: 'always' }), newcomer)).toBe(true);
  });

  it('hidden: only when revealed, or for the facilitator', () => {
    const hidden = poll({ resultsVisibility: 'hidden' });
    expect(canSeeResults(hidden, voter)).toBe(false);
    expect(canSeeResults({ ...hidden, status: 'closed' }, voter)).toBe(false);
    expect(canSeeResults(hidden, facilitator)).toBe(true);
    expect(canSeeResults({ ...hidden, revealed: true }, newcomer)).toBe(true);
  });
});
