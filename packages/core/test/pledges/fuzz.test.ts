import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import { createPledge, readPledgeDraft, readPledgeUpdate } from '../../src/pledges/index.js';
import { mostly, onlyValidationErrors, viaJson, withHostileKey } from '../support.js';

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 270, maxLength: 290 }), fc.constant('<img src=x onerror=alert(1)>'));

const nearDraft = fc.record(
  {
    wallId: mostly(fc.oneof(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.constant('a b'))),
    text: mostly(text),
    name: mostly(text),
    nameConsent: mostly(fc.boolean()),
    followUpDays: mostly(fc.constantFrom(30, 60, 90, 45, 0)),
  },
  { requiredKeys: [] },
);
const nearUpdate = fc.record(
  { status: mostly(fc.constantFrom('made', 'in-progress', 'done', 'not-done', 'x')), reflection: mostly(text) },
  { requiredKeys: [] },
);

describe.each([
  ['readPledgeDraft', readPledgeDraft, nearDraft],
  ['readPledgeUpdate', readPledgeUpdate, nearUpdate],
] as const)('%s with hostile input', (_name, read, near) => {
  it('only ever throws ValidationError for arbitrary JSON and values', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withDate: true, withMap: true })), (value) => void onlyValidationErrors<unknown>(read, value)), { numRuns: 500 });
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
        const result = onlyValidationErrors<unknown>(read, value);
        if (result !== undefined) expect(read(viaJson(result))).toEqual(result);
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
