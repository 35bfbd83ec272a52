import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARITY_ANSWER_IDS, PARITY_ITEM_IDS, personalAssessmentId, readParityAssessment, readRoster } from '../../src/parity/index.js';
import { isId } from '../../src/shared/ids.js';
import { errorOf, onlyValidationErrors, viaJson, withHostileKey } from '../support.js';

const valid = {
  id: 'parity-1',
  teamId: 'team-a',
  assessedOn: '2026-04-01',
  answers: { 'numbers.balance': 'fully', 'support.mentoring': 'not-applicable' },
  roster: [
    { id: 'p1', side: 'patient', coLead: true, name: 'Ana <Patient>' },
    { id: 's1', side: 'professional', coach: false },
  ],
};

describe('readParityAssessment', () => {
  it('reads a valid assessment', () => {
    const result = readParityAssessment(valid);
    expect(result).toEqual(valid);
    expect(readParityAssessment({ id: 'x', assessedOn: '2026-04-01', answers: {} })).toEqual({ id: 'x', assessedOn: '2026-04-01', answers: {} });
  });

  it('names the field at fault', () => {
    expect(errorOf(() => readParityAssessment({ ...valid, answers: { 'numbers.unknown': 'fully' } })).field).toBe('answers.numbers.unknown');
    expect(errorOf(() => readParityAssessment({ ...valid, answers: { 'numbers.balance': 'always' } })).field).toBe('answers.numbers.balance');
    expect(errorOf(() => readParityAssessment({ ...valid, answers: [] })).field).toBe('answers');
    expect(errorOf(() => readParityAssessment({ ...valid, answers: JSON.parse('{"__proto__": "fully"}') })).field).toBe('answers.__proto__');
    expect(errorOf(() => readParityAssessment({ ...valid, teamId: 'a b' })).field).toBe('teamId');
    expect(errorOf(() => readParityAssessment({ ...valid, assessedOn: 'yesterday' })).field).toBe('assessedOn');
    expect(errorOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'family' }] })).field).toBe('roster.0.side');
    expect(errorOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'patient', coach: 'yes' }] })).field).toBe('roster.0.coach');
    expect(errorOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'patient' }, { id: 'p1', side: 'patient' }] })).field).toBe('roster.1.id');
  });
});

describe('readRoster', () => {
  it('reads members and names the field at fault', () => {
    expect(readRoster([{ id: 'a', side: 'patient', name: '  Jo  ' }])).toEqual([{ id: 'a', side: 'patient', name: 'Jo' }]);
    expect(errorOf(() => readRoster({})).field).toBe('');
    expect(errorOf(() => readRoster([{ id: 'a', side: 'patient', name: '' }])).field).toBe('0.name');
    expect(errorOf(() => readRoster([{ id: 'a', side: 'patient', role: 'x' }])).field).toBe('0.role');
  });
});

/** Arbitrary JSON, and JSON with a hostile key (`__proto__` and the like) at the top or in a roster member. */
const hostile = fc.oneof(
  fc.jsonValue(),
  withHostileKey(fc.constant({ id: 'a' }), fc.jsonValue()),
  withHostileKey(fc.constant({ id: 'a', side: 'patient' }), fc.jsonValue()).map((member) => [member]),
);

const memberArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('m1', 'm2'), fc.string()),
    side: fc.oneof(fc.constantFrom('patient', 'professional'), fc.string()),
    coLead: fc.oneof(fc.boolean(), fc.jsonValue()),
    coach: fc.oneof(fc.boolean(), fc.jsonValue()),
    name: fc.oneof(fc.string(), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const nearValid = fc.record(
  {
    id: fc.oneof(fc.constant('a1'), fc.string()),
    teamId: fc.oneof(fc.constant('team'), fc.string()),
    assessedOn: fc.oneof(fc.constant('2026-01-31'), fc.string()),
    answers: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...PARITY_ITEM_IDS), fc.string()), fc.oneof(fc.constantFrom(...PARITY_ANSWER_IDS), fc.jsonValue()), { maxKeys: 5 }),
      fc.jsonValue(),
    ),
    roster: fc.oneof(fc.array(memberArb, { maxLength: 4 }), fc.jsonValue()),
  },
  { requiredKeys: ['id', 'assessedOn', 'answers'] },
);

/** Passes when `read` refuses `input` with a ValidationError, or returns what reads back the same. */
function refusesOrReadsBack<T>(read: (input: unknown) => T, input: unknown): void {
  const result = onlyValidationErrors(read, input);
  if (result !== undefined) expect(read(viaJson(result))).toEqual(result);
}

describe('parity readers on any input', () => {
  it('readParityAssessment throws only ValidationError or returns a valid assessment', () => {
    fc.assert(fc.property(fc.oneof(hostile, nearValid), (input) => refusesOrReadsBack(readParityAssessment, input)), { numRuns: 500 });
  });

  it('readRoster throws only ValidationError or returns a valid roster', () => {
    fc.assert(fc.property(fc.oneof(hostile, fc.array(memberArb, { maxLength: 5 })), (input) => refusesOrReadsBack(readRoster, input)), { numRuns: 500 });
  });

  it('accepts every well-formed answers object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARITY_ITEM_IDS), fc.constantFrom(...PARITY_ANSWER_IDS)), (answers) => {
        const input = { id: 'a', assessedOn: '2026-01-31', answers };
        expect(readParityAssessment(input)).toEqual(input);
      }),
    );
  });
});

describe('personalAssessmentId', () => {
  it('keeps each person’s answers apart under a valid id, even for the longest ids', () => {
    expect(personalAssessmentId('ward-7', 'p_abc')).toBe('ward-7.p_abc');
    expect(personalAssessmentId('ward-7', 'p_abc')).not.toBe(personalAssessmentId('ward-7', 'p_def'));
    const longest = personalAssessmentId('a'.repeat(128), `p_${'b'.repeat(20)}`);
    expect(isId(longest)).toBe(true);
    expect(longest.endsWith(`.p_${'b'.repeat(20)}`)).toBe(true);
  });
});
