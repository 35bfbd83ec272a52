import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import { createPledge, readPledgeDraft, readPledgeUpdate } from '../../src/pledges/index.js';

function onlyValidationErrors(read: (input: unknown) => unknown, input: unknown): unknown {
  try {
    return read(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return undefined;
  }
}

function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });
}

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 270, maxLength: 290 }), fc.constant('<img src=x onerror=alert(1)>'));

const nearDraft = fc.record(
  {
    wallId: field(fc.oneof(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.constant('a b'))),
    text: field(text),
    name: field(text),
    nameConsent: field(fc.boolean()),
    followUpDays: field(fc.constantFrom(30, 60, 90, 45, 0)),
  },
  { requiredKeys: [] },
);
const nearUpdate = fc.record(
  { status: field(fc.constantFrom('made', 'in-progress', 'done', 'not-done', 'x')), reflection: field(text) },
  { requiredKeys: [] },
);

function withHostileKey(base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.anything()).map(([object, key, value]) => {
    const copy: Record<string, unknown> = { ...object };
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

describe.each([
  ['readPledgeDraft', readPledgeDraft, nearDraft],
  ['readPledgeUpdate', readPledgeUpdate, nearUpdate],
] as const)('%s with hostile input', (_name, read, near) => {
  it('only ever throws ValidationError for arbitrary JSON and values', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withDate: true, withMap: true })), (value) => void onlyValidationErrors(read, value)), { numRuns: 500 });
  });

  it('refuses every object with a __proto__, constructor or prototype key', () => {
    fc.assert(fc.property(withHostileKey(near), (value) => {
          expect(() => read(value)).toThrowError(ValidationError);
        }), { numRuns: 200 });
    expect(() => read(JSON.parse('{"__proto__": {"polluted": 1}}'))).toThrowError(ValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns a valid object, stable when read again, or throws a ValidationError', () => {
    fc.assert(
      fc.property(near, (value) => {
        const result = onlyValidationErrors(read, value);
        if (result !== undefined) expect(read(JSON.parse(JSON.stringify(result)))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pledge drafts', () => {
  it('never keep a name without consent, and keep text exactly (trimmed)', () => {
    fc.assert(
      fc.property(nearDraft, (value) => {
        const draft = onlyValidationErrors(readPledgeDraft, value) as ReturnType<typeof readPledgeDraft> | undefined;
        if (draft === undefined) return;
        if (!draft.nameConsent) expect(draft).not.toHaveProperty('name');
        expect(draft.text).toBe((value.text as string).trim());
        expect([...draft.text].length).toBeLessThanOrEqual(280);
        const made = createPledge(draft, { id: 'p1', now: '2026-01-01T00:00:00Z' });
        expect(made.text).toBe(draft.text);
        if (!made.nameConsent) expect(made).not.toHaveProperty('name');
      }),
      { numRuns: 500 },
    );
  });
});
