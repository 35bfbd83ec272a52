import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import {
  readAcknowledgement,
  readContribution,
  readLoopItem,
  readLoopItemRecord,
  readLoopTransition,
} from '../../src/recognition/index.js';
import { mostly, onlyValidationErrors, viaJson, withHostileKey } from '../support.js';

const day = fc.oneof(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-00-10', ''),
);
const id = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), fc.constantFrom('', 'a b', '<x>'));
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: 990, maxLength: 1010 }), fc.constant('<img src=x onerror=alert(1)>'));

const nearContribution = fc.record(
  {
    id: mostly(id),
    partnerId: mostly(id),
    partnerName: mostly(text),
    project: mostly(text),
    role: mostly(text),
    date: mostly(day),
    hours: mostly(fc.oneof(fc.double({ min: -1, max: 800 }), fc.integer({ min: 1, max: 74400 }).map((n) => n / 100))),
    kind: mostly(fc.constantFrom('meeting', 'review', 'co-design', 'training', 'event', 'interview', 'other', 'x')),
    phase: mostly(fc.constantFrom('design', 'plan', 'implement', 'evaluate', 'x')),
    note: mostly(text),
  },
  { requiredKeys: [] },
);

const nearAcknowledgement = fc.record(
  {
    id: mostly(id),
    partnerId: mostly(id),
    kind: mostly(fc.constantFrom('thank-you', 'letter', 'email', 'call', 'certificate', 'event', 'report-credit', 'publication', 'gift')),
    date: mostly(day),
    note: mostly(text),
    contributionIds: mostly(fc.array(id, { maxLength: 5 })),
  },
  { requiredKeys: [] },
);

const nearLoopItem = fc.record({ id: mostly(id), said: mostly(text), source: mostly(text), receivedOn: mostly(day) }, { requiredKeys: [] });

type Reader = (input: unknown) => unknown;

/** Each reader, arbitrary near-valid input for it, and the reader that reads its output back. */
const readers: [string, Reader, fc.Arbitrary<Record<string, unknown>>, Reader][] = [
  ['readContribution', readContribution, nearContribution, readContribution],
  ['readAcknowledgement', readAcknowledgement, nearAcknowledgement, readAcknowledgement],
  ['readLoopItem', readLoopItem, nearLoopItem, readLoopItemRecord],
];

describe.each(readers)('%s with hostile input', (_name, read, near, readBack) => {
  it('only ever throws ValidationError for arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void onlyValidationErrors(read, value)), { numRuns: 300 });
  });

  it('only ever throws ValidationError for arbitrary values', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withDate: true }), (value) => void onlyValidationErrors(read, value)), { numRuns: 300 });
  });

  it('refuses every object with a __proto__, constructor or prototype key', () => {
    fc.assert(
      fc.property(withHostileKey(near), (value) => {
        expect(() => read(value)).toThrowError(ValidationError);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    const parsed = JSON.parse('{"__proto__": {"polluted": 1}}') as unknown;
    expect(() => read(parsed)).toThrowError(ValidationError);
  });

  it('returns a valid object, stable when read again, or throws a ValidationError', () => {
    fc.assert(
      fc.property(near, (value) => {
        const result = onlyValidationErrors(read, value);
        if (result !== undefined) {
          expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
          expect(readBack(viaJson(result))).toEqual(result);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('other ledger readers with hostile input', () => {
  it('readLoopTransition and readLoopItemRecord only ever throw ValidationError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        onlyValidationErrors(readLoopTransition, value);
        onlyValidationErrors(readLoopItemRecord, value);
      }),
      { numRuns: 300 },
    );
  });

  it('a 10 MB text is refused as too long, naming its field', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const cases: [() => unknown, string][] = [
      [() => readLoopItem({ id: 'i1', said: huge, receivedOn: '2026-01-01' }), 'said'],
      [() => readContribution({ id: 'c1', partnerId: 'p1', project: 'x', role: 'x', date: '2026-01-01', hours: 1, kind: 'other', note: huge }), 'note'],
      [() => readAcknowledgement({ id: 'a1', partnerId: 'p1', kind: 'call', date: '2026-01-01', note: huge }), 'note'],
      [() => readLoopTransition({ to: 'declined', on: '2026-01-01', reason: huge }), 'reason'],
    ];
    for (const [read, field] of cases) {
      expect(read).toThrowError(ValidationError);
      expect(read).toThrowError(expect.objectContaining({ code: 'too-long', field }));
    }
  });
});
