import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import { checkRoster, rosterNumbersAnswers, type RosterFindingId, type RosterMember } from '../../src/parity/index.js';

function team(patients: number, professionals: number, extra: RosterMember[] = []): RosterMember[] {
  return [
    ...Array.from({ length: patients }, (_, i) => ({ id: `p${i}`, side: 'patient' as const })),
    ...Array.from({ length: professionals }, (_, i) => ({ id: `s${i}`, side: 'professional' as const })),
    ...extra,
  ];
}

const wellRun: RosterMember[] = [
  { id: 'p1', side: 'patient', coLead: true },
  { id: 'p2', side: 'patient' },
  { id: 'p3', side: 'patient' },
  { id: 's1', side: 'professional', coLead: true },
  { id: 's2', side: 'professional' },
  { id: 's3', side: 'professional' },
  { id: 's4', side: 'professional' },
  { id: 'cp', side: 'patient', coach: true },
  { id: 'cs', side: 'professional', coach: true },
];

const ids = (members: RosterMember[], options = {}): RosterFindingId[] => checkRoster(members, options).findings.map((f) => f.id);

describe('checkRoster', () => {
  it('finds nothing for a team of 7 with co-leads and two coaches', () => {
    const check = checkRoster(wellRun);
    expect(check).toMatchObject({ patients: 3, professionals: 4, teamSize: 7, coaches: { patients: 1, professionals: 1 }, ratio: 0.75 });
    expect(check.findings).toEqual([]);
    expect(check.limits).toEqual({ minRatio: 1 / 3, minTeamSize: 6, maxTeamSize: 8 });
  });

  it('flags a ratio below 1:3 and says how many patients are needed', () => {
    const check = checkRoster(team(2, 10));
    expect(check.ratio).toBeCloseTo(0.2);
    const finding = check.findings.find((f) => f.id === 'low-ratio');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.en).toContain('at least 4 patient partners');
    expect(finding?.message.fr).toContain('au moins 4 patients partenaires');
  });

  it('accepts exactly 1:3', () => {
    expect(ids(team(2, 6))).not.toContain('low-ratio');
    expect(ids(team(0, 6))).toContain('low-ratio');
    expect(ids(team(2, 6), { minRatio: 1 / 2 })).toContain('low-ratio');
  });

  it('flags a lone patient', () => {
    const check = checkRoster(team(1, 3));
    expect(check.findings.find((f) => f.id === 'lone-patient')?.severity).toBe('warning');
    expect(ids(team(2, 3))).not.toContain('lone-patient');
  });

  it('does not let a patient coach hide a lone patient', () => {
    const check = checkRoster(team(1, 3, [{ id: 'coach', side: 'patient', coach: true }]));
    expect(check.patients).toBe(1);
    expect(check.findings.map((f) => f.id)).toContain('lone-patient');
  });

  it('notes a team size outside 6–8', () => {
    expect(ids(team(2, 3))).toContain('team-size');
    expect(ids(team(3, 6))).toContain('team-size');
    expect(ids(team(2, 4))).not.toContain('team-size');
    expect(ids(team(4, 4))).not.toContain('team-size');
    expect(checkRoster(team(2, 3)).findings.find((f) => f.id === 'team-size')?.message.en).toBe(
      'The team has 5 members, not counting coaches. Teams of 6 to 8 members tend to work well.',
    );
  });

  it('needs a co-lead on each side, and a coach on each side', () => {
    const oneSided = team(2, 4, [{ id: 'lead', side: 'professional', coLead: true }]);
    expect(ids(oneSided)).toContain('no-co-lead-pair');
    expect(ids(oneSided)).toEqual(expect.arrayContaining(['no-patient-coach', 'no-professional-coach']));
    const noStaffCoach = wellRun.filter((member) => member.id !== 'cs');
    expect(ids(noStaffCoach)).toEqual(['no-professional-coach']);
    expect(checkRoster(noStaffCoach).findings[0]?.severity).toBe('note');
  });

  it('has no ratio without professionals', () => {
    const check = checkRoster(team(3, 0));
    expect(check.ratio).toBeNull();
    expect(check.findings.map((f) => f.id)).not.toContain('low-ratio');
  });

  it('refuses impossible limits with a ValidationError', () => {
    expect(() => checkRoster([], { minTeamSize: 9, maxTeamSize: 8 })).toThrow(ValidationError);
    expect(() => checkRoster([], { minRatio: -1 })).toThrow(ValidationError);
  });
});

describe('rosterNumbersAnswers', () => {
  it('suggests answers for the numbers items from the roster', () => {
    expect(rosterNumbersAnswers(checkRoster(team(4, 4)))).toEqual({ 'numbers.balance': 'fully', 'numbers.no-lone-patient': 'fully' });
    expect(rosterNumbersAnswers(checkRoster(team(2, 6)))).toEqual({ 'numbers.balance': 'partly', 'numbers.no-lone-patient': 'fully' });
    expect(rosterNumbersAnswers(checkRoster(team(1, 6)))).toEqual({ 'numbers.balance': 'not-yet', 'numbers.no-lone-patient': 'not-yet' });
    expect(rosterNumbersAnswers(checkRoster(team(3, 0)))).toEqual({ 'numbers.no-lone-patient': 'fully' });
    expect(rosterNumbersAnswers(checkRoster([]))).toEqual({});
  });
});
