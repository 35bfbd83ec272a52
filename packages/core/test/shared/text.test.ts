import { describe, expect, it } from 'vitest';
import { compareText, format, localize, plural, resolveLocale, t } from '../../src/shared/text.js';
import { PartnerKitError, ValidationError, invalid } from '../../src/shared/errors.js';
import { randomId } from '../../src/shared/ids.js';
import { addDays, addDaysToDay, daysBetween, daysFromTo, readCalendarDay } from '../../src/shared/clock.js';
import { deepFreeze } from '../../src/shared/freeze.js';
import { errorOf } from '../support.js';

describe('text', () => {
  it('resolves language tags to a language we speak', () => {
    expect(resolveLocale('fr-CA')).toBe('fr');
    expect(resolveLocale('EN_gb')).toBe('en');
    expect(resolveLocale('de')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('localizes and fills placeholders', () => {
    const text = t('{n} votes', '{n} votes exprimés');
    expect(localize(text, 'fr-FR')).toBe('{n} votes exprimés');
    expect(format(text.en, { n: 3 })).toBe('3 votes');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});

describe('errors', () => {
  it('carry a code, the field and both languages', () => {
    const error = invalid('too-small', 'k', t('At least {min}.', 'Au moins {min}.'), { min: 3 });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(PartnerKitError);
    expect(error.message).toBe('k: At least 3.');
    expect(error.messageIn('fr')).toBe('Au moins 3.');
    expect(error.toJSON()).toMatchObject({ code: 'too-small', field: 'k', message: 'At least 3.' });
  });
});

describe('ids and dates', () => {
  it('makes random ids of the asked length and alphabet', () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomId('p_', 12)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^p_[a-z0-9]{12}$/);
  });

  it('adds days and counts whole days between moments', () => {
    expect(addDays('2026-01-31T00:00:00.000Z', 30)).toBe('2026-03-02T00:00:00.000Z');
    expect(daysBetween('2026-01-01T00:00:00.000Z', '2026-01-31T12:00:00.000Z')).toBe(30);
    expect(daysBetween('2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z')).toBe(-1);
  });

  it('reads, adds and counts calendar days in UTC', () => {
    expect(readCalendarDay('2026-03-31T23:30:00-02:00', 'today')).toBe('2026-04-01');
    expect(readCalendarDay(new Date('2026-03-31T12:00:00Z'), 'today')).toBe('2026-03-31');
    expect(errorOf(() => readCalendarDay('2026-02-29', 'today'))).toMatchObject({ code: 'invalid-date', field: 'today' });
    expect(addDaysToDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysFromTo('2026-03-02', '2026-01-31')).toBe(-30);
  });
});

describe('compareText', () => {
  it('orders by code unit, whatever the locale', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(compareText)).toEqual(['B', 'a', 'b', 'e', 'é']);
    expect(compareText('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareText('x', 'x')).toBe(0);
  });
});

describe('deepFreeze', () => {
  it('freezes every level, and ends on a cycle', () => {
    const value: { list: number[]; inner: { n: number }; self?: unknown } = { list: [1], inner: { n: 1 } };
    value.self = value;
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(value.inner)).toBe(true);
  });
});

describe('plural', () => {
  const votes = { one: t('{count} vote', '{count} vote'), other: t('{count} votes', '{count} votes') };
  it('follows each language’s rule', () => {
    expect(plural(votes, 1, 'en')).toBe('1 vote');
    expect(plural(votes, 0, 'en')).toBe('0 votes');
    expect(plural(votes, 0, 'fr')).toBe('0 vote');
    expect(plural(votes, 2, 'fr')).toBe('2 votes');
  });
});
