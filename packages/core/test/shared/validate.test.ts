import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readArray,
  readBoolean,
  readDate,
  readDay,
  readEnum,
  readId,
  readInteger,
  readKeyedRecord,
  readLocalizedText,
  readObject,
  readString,
} from '../../src/shared/validate.js';
import { errorOf, onlyValidationErrors } from '../support.js';

describe('readObject', () => {
  it('refuses a __proto__ key, naming it, without touching Object.prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const error = errorOf(() => readObject(hostile, 'poll', ['id']));
    expect(error.code).toBe('forbidden-key');
    expect(error.field).toBe('poll.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown fields and non-objects', () => {
    expect(errorOf(() => readObject({ id: 'a', extra: 1 }, '', ['id'])).field).toBe('extra');
    expect(errorOf(() => readObject([], 'x', [])).code).toBe('wrong-type');
    expect(errorOf(() => readObject(null, 'x', [])).code).toBe('wrong-type');
    expect(errorOf(() => readObject(new Date(), 'x', [])).code).toBe('wrong-type');
  });

  it('returns a copy without a prototype', () => {
    const copy = readObject({ id: 'a' }, '', ['id']);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(copy.id).toBe('a');
  });
});

describe('readKeyedRecord', () => {
  it('reads the values present by key and names the key at fault', () => {
    const keys = ['a', 'b', 'c'] as const;
    expect(readKeyedRecord({ c: 3, a: 1 }, 'counts', keys, (v, f) => readInteger(v, f))).toEqual({ a: 1, c: 3 });
    expect(readKeyedRecord({}, 'counts', keys, (v, f) => readInteger(v, f))).toEqual({});
    expect(errorOf(() => readKeyedRecord({ a: 1, d: 4 }, 'counts', keys, (v, f) => readInteger(v, f))).field).toBe('counts.d');
    expect(errorOf(() => readKeyedRecord({ a: 1, b: 'x' }, 'counts', keys, (v, f) => readInteger(v, f))).field).toBe('counts.b');
    expect(errorOf(() => readKeyedRecord(JSON.parse('{"__proto__": 1}'), 'counts', keys, (v, f) => readInteger(v, f))).code).toBe('forbidden-key');
  });
});

describe('readLocalizedText', () => {
  it('reads both languages, trimmed, as frozen text', () => {
    const text = readLocalizedText({ en: ' Hello ', fr: 'Bonjour' }, 'name', { max: 10 });
    expect(text).toEqual({ en: 'Hello', fr: 'Bonjour' });
    expect(Object.isFrozen(text)).toBe(true);
  });

  it('names the language at fault and refuses other keys', () => {
    expect(errorOf(() => readLocalizedText({ en: 'Hello' }, 'name', { max: 10 })).field).toBe('name.fr');
    expect(errorOf(() => readLocalizedText({ en: 'Hello', fr: 'x'.repeat(11) }, 'name', { max: 10 })).code).toBe('too-long');
    expect(errorOf(() => readLocalizedText({ en: 'a', fr: 'b', de: 'c' }, 'name', { max: 10 })).field).toBe('name.de');
    expect(errorOf(() => readLocalizedText('Hello', 'name', { max: 10 })).code).toBe('wrong-type');
  });
});

describe('readString', () => {
  it('trims and keeps markup as plain text', () => {
    expect(readString('  <img src=x onerror=alert(1)>  ', 'text', { max: 100 })).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses empty, too long, 10 MB and control characters, with messages in both languages', () => {
    const empty = errorOf(() => readString('   ', 'text', { max: 10 }));
    expect(empty.code).toBe('required');
    expect(empty.messages.fr).toMatch(/remplir/);
    expect(errorOf(() => readString('x'.repeat(11), 'text', { max: 10 })).code).toBe('too-long');
    expect(errorOf(() => readString('x'.repeat(10 * 1024 * 1024), 'text', { max: 280 })).code).toBe('too-long');
    expect(errorOf(() => readString('a\u0000b', 'text', { max: 10 })).code).toBe('invalid');
    expect(errorOf(() => readString('a\nb', 'text', { max: 10 })).code).toBe('invalid');
    expect(readString('a\nb', 'text', { max: 10, multiline: true })).toBe('a\nb');
  });

  it('counts characters as people see them (an emoji is one)', () => {
    expect(readString('👍'.repeat(3), 'text', { max: 3 })).toBe('👍👍👍');
  });
});

describe('readId', () => {
  it.each(['town-hall', 'poll_1', 'a.b:c', 'A9'])('accepts %j', (id) => expect(readId(id, 'id')).toBe(id));
  it.each(['', ' x', '<script>', 'a b', '-start', 'x'.repeat(129), 42])('refuses %j', (id) => {
    expect(errorOf(() => readId(id, 'id')).field).toBe('id');
  });
});

describe('numbers, booleans, enums, lists', () => {
  it('reads within bounds and names the field otherwise', () => {
    expect(readInteger(5, 'k', { min: 3 })).toBe(5);
    expect(errorOf(() => readInteger(2, 'k', { min: 3 })).code).toBe('too-small');
    expect(errorOf(() => readInteger(3.5, 'k')).code).toBe('not-an-integer');
    expect(errorOf(() => readInteger(Number.NaN, 'k')).code).toBe('wrong-type');
    expect(errorOf(() => readInteger('5', 'k')).code).toBe('wrong-type');
    expect(readBoolean(false, 'b')).toBe(false);
    expect(errorOf(() => readBoolean('yes', 'b')).code).toBe('wrong-type');
    expect(readEnum('a', 'e', ['a', 'b'])).toBe('a');
    expect(errorOf(() => readEnum('c', 'e', ['a', 'b'])).code).toBe('unknown-value');
    expect(errorOf(() => readArray([1, 'x'], 'list', { max: 5 }, (v, f) => readInteger(v, f))).field).toBe('list.1');
    expect(errorOf(() => readArray([1, 2, 3], 'list', { max: 2 }, (v) => v)).code).toBe('too-long');
  });
});

describe('dates', () => {
  it('reads days and moments as UTC ISO text', () => {
    expect(readDate('2026-03-31', 'on')).toBe('2026-03-31T00:00:00.000Z');
    expect(readDate('2026-03-31T14:00:00+02:00', 'on')).toBe('2026-03-31T12:00:00.000Z');
    expect(readDate(new Date(Date.UTC(2026, 0, 2)), 'on')).toBe('2026-01-02T00:00:00.000Z');
    expect(readDay('2024-02-29', 'on')).toBe('2024-02-29');
  });

  it.each(['2026-02-30', '2025-02-29', 'yesterday', '31/03/2026', '2026-03-31T14:00:00', '', 20260331])(
    'refuses %j',
    (value) => expect(errorOf(() => readDate(value, 'on')).code).toBe('invalid-date'),
  );

  it('refuses an invalid Date object', () => {
    expect(errorOf(() => readDate(new Date('nope'), 'on')).code).toBe('invalid-date');
  });
});

describe('any JSON input', () => {
  it('only ever yields a value or a ValidationError (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const read of [
          (input: unknown) => readObject(input, 'x', ['a']),
          (input: unknown) => readString(input, 'x', { max: 20 }),
          (input: unknown) => readId(input, 'x'),
          (input: unknown) => readDate(input, 'x'),
          (input: unknown) => readInteger(input, 'x'),
        ]) {
          onlyValidationErrors<unknown>(read, value);
        }
      }),
    );
  });
});

describe('sparse lists', () => {
  it('reads a hole as a missing value and refuses it', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    expect(errorOf(() => readArray(sparse, 'list', { max: 5 }, (v, f) => readInteger(v, f))).field).toBe('list.1');
  });
});
