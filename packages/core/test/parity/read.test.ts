import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import { PARITY_ANSWER_IDS, PARITY_ITEM_IDS, readParityAssessment, readRoster } from '../../src/parity/index.js';

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).field;
  }
  throw new Error('expected a ValidationError');
}

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
    expect(fieldOf(() => readParityAssessment({ ...valid, answers: { 'numbers.unknown': 'fully' } }))).toBe('answers.numbers.unknown');
    expect(fieldOf(() => readParityAssessment({ ...valid, answers: { 'numbers.balance': 'always' } }))).toBe('answers.numbers.balance');
    expect(fieldOf(() => readParityAssessment({ ...valid, answers: [] }))).toBe('answers');
    expect(fieldOf(() => readParityAssessment({ ...valid, answers: JSON.parse('{"__proto__": "fully"}') }))).toBe('answers.__proto__');
    expect(fieldOf(() => readParityAssessment({ ...valid, teamId: 'a b' }))).toBe('teamId');
    expect(fieldOf(() => readParityAssessment({ ...valid, assessedOn: 'yesterday' }))).toBe('assessedOn');
    expect(fieldOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'family' }] }))).toBe('roster.0.side');
    expect(fieldOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'patient', coach: 'yes' }] }))).toBe('roster.0.coach');
    expect(fieldOf(() => readParityAssessment({ ...valid, roster: [{ id: 'p1', side: 'patient' }, { id: 'p1', side: 'patient' }] }))).toBe('roster.1.id');
  });
});

describe('readRoster', () => {
  it('reads members and names the field at fault', () => {
    expect(readRoster([{ id: 'a', side: 'patient', name: '  Jo  ' }])).toEqual([{ id: 'a', side: 'patient', name: 'Jo' }]);
    expect(fieldOf(() => readRoster({}))).toBe('');
    expect(fieldOf(() => readRoster([{ id: 'a', side: 'patient', name: '' }]))).toBe('0.name');
    expect(fieldOf(() => readRoster([{ id: 'a', side: 'patient', role: 'x' }]))).toBe('0.role');
  });
});

/** Arbitrary JSON and JSON with a `__proto__` key. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue().map((value) => JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? 'null'}, "id": "a"}`) as unknown),
  fc.jsonValue().map((value) => [JSON.parse(`{"id": "a", "side": "patient", "__proto__": ${JSON.stringify(value) ?? 'null'}}`)] as unknown),
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

function onlyValidationErrors<T>(read: (input: unknown) => T, input: unknown): void {
  let result: T;
  try {
    result = read(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return;
  }
  expect(read(JSON.parse(JSON.stringify(result)))).toEqual(result);
}

describe('parity readers on any input', () => {
  it('readParityAssessment throws only ValidationError or returns a valid assessment', () => {
    fc.assert(fc.property(fc.oneof(hostile, nearValid), (input) => onlyValidationErrors(readParityAssessment, input)), { numRuns: 500 });
  });

  it('readRoster throws only ValidationError or returns a valid roster', () => {
    fc.assert(fc.property(fc.oneof(hostile, fc.array(memberArb, { maxLength: 5 })), (input) => onlyValidationErrors(readRoster, input)), { numRuns: 500 });
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
