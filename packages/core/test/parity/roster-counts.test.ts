import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import { checkRoster, MAX_ROSTER_MEMBERS, readRoster, rosterFromCounts } from '../../src/parity/index.js';

describe('rosterFromCounts', () => {
  it('makes one member per head, patients first, with stable ids', () => {
    expect(rosterFromCounts({ patients: 2, professionals: 3 })).toEqual([
      { id: 'patient-1', side: 'patient' },
      { id: 'patient-2', side: 'patient' },
      { id: 'professional-1', side: 'professional' },
      { id: 'professional-2', side: 'professional' },
      { id: 'professional-3', side: 'professional' },
    ]);
  });

  it('treats a missing count as zero', () => {
    expect(rosterFromCounts({ professionals: 1 })).toEqual([{ id: 'professional-1', side: 'professional' }]);
    expect(rosterFromCounts({})).toEqual([]);
  });

  it('gives back the counts through checkRoster and passes readRoster', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (patients, professionals) => {
        const roster = rosterFromCounts({ patients, professionals });
        const check = checkRoster(roster);
        expect([check.patients, check.professionals]).toEqual([patients, professionals]);
        expect(readRoster(roster)).toEqual(roster);
      }),
    );
  });

  it('refuses hostile or impossible counts with a ValidationError naming the field', () => {
    const cases: [unknown, string][] = [
      [{ patients: -1 }, 'team.patients'],
      [{ patients: 1.5 }, 'team.patients'],
      [{ patients: '3' }, 'team.patients'],
      [{ patients: Number.NaN }, 'team.patients'],
      [{ professionals: MAX_ROSTER_MEMBERS + 1 }, 'team.professionals'],
      [{ patients: 300, professionals: 300 }, 'team.professionals'],
      [JSON.parse('{"__proto__": {"patients": 1}}'), 'team.__proto__'],
      [{ others: 2 }, 'team.others'],
      [null, 'team'],
    ];
    for (const [input, field] of cases) {
      let caught: unknown;
      try {
        rosterFromCounts(input, 'team');
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).field).toBe(field);
    }
  });
});
