// The roster check lives apart from the roster readers (roster-check.ts), the number readers
// apart from the other readers, and today's day apart from the day reader (today.ts), so that an element that
// only checks a roster or needs today's day does not load every reader. These tests pin the
// split: the same functions from the old and the new modules, and no reader import in the
// light modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as check from '../../src/parity/roster-check.js';
import * as roster from '../../src/parity/roster.js';
import { readCalendarDay } from '../../src/shared/clock.js';
import * as numbers from '../../src/shared/numbers.js';
import { today } from '../../src/shared/today.js';
import * as validate from '../../src/shared/validate.js';
import { errorOf } from '../support.js';

const src = join(__dirname, '..', '..', 'src');

/** The modules a source file imports (static imports and re-exports). */
function importsOf(path: string): string[] {
  const source = readFileSync(join(src, path), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)';/gms)].map((match) => match[1]!);
}

describe('the roster check apart from the roster readers', () => {
  it('roster.js still gives every name it gave, the same functions and values as roster-check.js', () => {
    for (const name of ['ROSTER_SIDES', 'MAX_ROSTER_MEMBERS', 'DEFAULT_ROSTER_LIMITS', 'ROSTER_FINDING_IDS', 'ROSTER_MESSAGES', 'checkRoster', 'rosterNumbersAnswers'] as const) {
      expect(roster[name], name).toBe(check[name]);
    }
    for (const name of ['readRoster', 'readRosterMember', 'rosterFromCounts', 'MAX_MEMBER_NAME'] as const) expect(roster[name], name).toBeDefined();
  });

  it('checks a roster made from counts the same way through either module', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (patients, professionals) => {
        const members = roster.rosterFromCounts({ patients, professionals });
        const result = check.checkRoster(members);
        expect(result.patients).toBe(patients);
        expect(result.professionals).toBe(professionals);
        expect(check.rosterNumbersAnswers(result)).toEqual(roster.rosterNumbersAnswers(roster.checkRoster(members)));
      }),
    );
  });

  it('still refuses impossible limits with a ValidationError naming the limit', () => {
    expect(errorOf(() => check.checkRoster([], { minRatio: Number.NaN }))).toMatchObject({ code: 'wrong-type', field: 'minRatio' });
    expect(errorOf(() => check.checkRoster([], { minTeamSize: 2.5 }))).toMatchObject({ code: 'not-an-integer', field: 'minTeamSize' });
    expect(errorOf(() => check.checkRoster([], { maxTeamSize: 501 }))).toMatchObject({ code: 'too-large', field: 'maxTeamSize' });
    expect(errorOf(() => check.checkRoster([], { minTeamSize: 9, maxTeamSize: 8 }))).toMatchObject({ code: 'invalid', field: 'maxTeamSize' });
  });

  it('loads no reader of untrusted input: roster-check, numbers and today never import validate.js or clock.js', () => {
    expect(importsOf('parity/roster-check.ts')).not.toContain('../shared/validate.js');
    expect(importsOf('parity/score.ts')).not.toContain('./roster.js');
    expect(importsOf('shared/numbers.ts')).not.toContain('./validate.js');
    expect(importsOf('shared/today.ts').filter((path) => path !== './clock.js')).toEqual([]);
    expect(readFileSync(join(src, 'shared/today.ts'), 'utf8')).toContain("import type { Clock } from './clock.js';");
    expect(importsOf('parity/roster.ts')).toContain('../shared/validate.js');
  });
});

describe('number readers and today apart from the other readers', () => {
  it('validate.js re-exports the number readers', () => {
    expect(validate.readNumber).toBe(numbers.readNumber);
    expect(validate.readInteger).toBe(numbers.readInteger);
  });

  it('today gives the UTC day of the clock, as readCalendarDay reads it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const day = today(() => date);
        expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(day).toBe(readCalendarDay(date, 'today'));
      }),
    );
    expect(today(() => new Date('2026-03-31T23:30:00-02:00'))).toBe('2026-04-01');
  });
});
