import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  getBuiltInLadder,
  mergeTallies,
  readTally,
  tallyTotal,
  tallyVotes,
  type Tally,
} from '../../src/ladders/index.js';
import { expectValidationError } from './helpers.js';

const continuum = getBuiltInLadder('continuum')!;
const participation = getBuiltInLadder('participation')!;
const [consultation, involvement, partnership] = continuum.rungs.map((rung) => rung.id) as [string, string, string];

describe('emptyTally', () => {
  it('lists every rung at zero', () => {
    expect(emptyTally(continuum)).toEqual({
      ladderId: 'continuum',
      counts: { consultation: 0, involvement: 0, 'partnership-and-shared-leadership': 0 },
    });
    expect(tallyTotal(emptyTally(participation))).toBe(0);
  });
});

describe('tallyVotes', () => {
  it('counts votes from an array, with every rung present', () => {
    const tally = tallyVotes(continuum, [consultation, partnership, consultation]);
    expect(tally).toEqual({ ladderId: 'continuum', counts: { consultation: 2, involvement: 0, [partnership]: 1 } });
    expect(tallyTotal(tally)).toBe(3);
  });

  it('counts votes from any iterable (set, generator)', () => {
    function* votes() {
      yield involvement;
      yield involvement;
      yield partnership;
    }
    expect(tallyVotes(continuum, votes()).counts).toEqual({ consultation: 0, involvement: 2, [partnership]: 1 });
    expect(tallyVotes(continuum, new Set([consultation, involvement])).counts).toEqual({ consultation: 1, involvement: 1, [partnership]: 0 });
  });

  it('keeps rungs in ladder order in the counts record', () => {
    expect(Object.keys(tallyVotes(participation, ['control-decisions']).counts)).toEqual(participation.rungs.map((rung) => rung.id));
  });

  it('names the first vote whose rung is not on the ladder', () => {
    expectValidationError(() => tallyVotes(continuum, [consultation, 'co-design', 'nope']), 'votes.1', 'unknown-value');
    expectValidationError(() => tallyVotes(continuum, new Set([consultation, 'toString'])), 'votes.1', 'unknown-value');
    expectValidationError(() => tallyVotes(continuum, [undefined as unknown as string]), 'votes.0', 'unknown-value');
    expectValidationError(() => tallyVotes(continuum, ['__proto__']), 'votes.0', 'unknown-value');
  });

  it('counts a large list', () => {
    const rungs = participation.rungs.map((rung) => rung.id);
    const votes = Array.from({ length: 100_000 }, (_, index) => rungs[index % rungs.length]!);
    const tally = tallyVotes(participation, votes);
    expect(tallyTotal(tally)).toBe(100_000);
    expect(tally.counts['passive-consumers']).toBe(16_667);
    expect(tally.counts['control-decisions']).toBe(16_666);
  });
});

describe('mergeTallies', () => {
  it('adds counts rung by rung', () => {
    const a = tallyVotes(continuum, [consultation, consultation]);
    const b = tallyVotes(continuum, [partnership]);
    expect(mergeTallies(continuum, [a, b]).counts).toEqual({ consultation: 2, involvement: 0, [partnership]: 1 });
  });

  it('gives an empty tally for no tallies', () => {
    expect(mergeTallies(continuum, [])).toEqual(emptyTally(continuum));
  });

  it('treats a rung missing from a tally as zero', () => {
    const partial: Tally = { ladderId: 'continuum', counts: { involvement: 4 } };
    expect(mergeTallies(continuum, [partial]).counts).toEqual({ consultation: 0, involvement: 4, [partnership]: 0 });
  });

  it('refuses a tally of another ladder', () => {
    expectValidationError(
      () => mergeTallies(continuum, [emptyTally(continuum), emptyTally(participation)]),
      'tallies.1.ladderId',
      'invalid',
    );
  });
});

describe('readTally', () => {
  it('reads a raw tally, filling missing rungs with zero', () => {
    expect(readTally(continuum, { ladderId: 'continuum', counts: { involvement: 3 } })).toEqual({
      ladderId: 'continuum',
      counts: { consultation: 0, involvement: 3, [partnership]: 0 },
    });
  });

  it('names the field at fault', () => {
    expectValidationError(() => readTally(continuum, null), '', 'wrong-type');
    expectValidationError(() => readTally(continuum, { counts: {} }), 'ladderId', 'required');
    expectValidationError(() => readTally(continuum, { ladderId: 'arnstein', counts: {} }), 'ladderId', 'invalid');
    expectValidationError(() => readTally(continuum, { ladderId: 'bad id', counts: {} }), 'ladderId', 'invalid-id');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum' }), 'counts', 'required');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: [] }), 'counts', 'wrong-type');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { 'co-design': 1 } }), 'counts.co-design', 'unknown-field');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { involvement: -1 } }), 'counts.involvement', 'too-small');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { involvement: 1.5 } }), 'counts.involvement', 'not-an-integer');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { involvement: '2' } }), 'counts.involvement', 'wrong-type');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { involvement: Number.NaN } }), 'counts.involvement', 'wrong-type');
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: {}, extra: 1 }), 'extra', 'unknown-field');
    expectValidationError(
      () => readTally(continuum, JSON.parse('{"ladderId":"continuum","counts":{"__proto__":1}}')),
      'counts.__proto__',
      'forbidden-key',
    );
  });

  it('prefixes fields with the given path', () => {
    expectValidationError(() => readTally(continuum, { ladderId: 'continuum', counts: { involvement: -2 } }, 'before'), 'before.counts.involvement');
  });
});
