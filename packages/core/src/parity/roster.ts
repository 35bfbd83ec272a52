/**
 * Rosters from outside: readers for untrusted members and rosters, and rosters made from head
 * counts. The roster types, the check and what a roster suggests for the numbers factor live
 * in `roster-check.js` and are re-exported here. Rules from seed 001_5c14ab15c4889788.txt and
 * seed 003_29976c84f60395a4.txt (see `roster-check.js`).
 */
import {
  assertUniqueIds,
  fieldPath,
  readArray,
  readBoolean,
  readEnum,
  readId,
  readInteger,
  readObject,
  readString,
} from '../shared/validate.js';
import { MAX_ROSTER_MEMBERS, ROSTER_SIDES, type Roster, type RosterMember } from './roster-check.js';

export {
  ROSTER_SIDES,
  MAX_ROSTER_MEMBERS,
  DEFAULT_ROSTER_LIMITS,
  ROSTER_FINDING_IDS,
  ROSTER_MESSAGES,
  checkRoster,
  rosterNumbersAnswers,
  type RosterSide,
  type RosterMember,
  type Roster,
  type RosterLimits,
  type RosterFindingId,
  type RosterFinding,
  type RosterCheck,
  type RosterNumbersAnswers,
} from './roster-check.js';

/** Most characters in a member's name. */
export const MAX_MEMBER_NAME = 100;

const MEMBER_KEYS = ['id', 'side', 'coLead', 'coach', 'name'] as const;

/** Reads one roster member from untrusted input; throws a `ValidationError` naming the field. */
export function readRosterMember(input: unknown, field = ''): RosterMember {
  const raw = readObject(input, field, MEMBER_KEYS);
  const member: { -readonly [K in keyof RosterMember]: RosterMember[K] } = {
    id: readId(raw.id, fieldPath(field, 'id')),
    side: readEnum(raw.side, fieldPath(field, 'side'), ROSTER_SIDES),
  };
  if (raw.coLead !== undefined) member.coLead = readBoolean(raw.coLead, fieldPath(field, 'coLead'));
  if (raw.coach !== undefined) member.coach = readBoolean(raw.coach, fieldPath(field, 'coach'));
  if (raw.name !== undefined) member.name = readString(raw.name, fieldPath(field, 'name'), { max: MAX_MEMBER_NAME });
  return member;
}

/**
 * Reads a roster (a list of up to 500 members with unique ids) from untrusted input. Throws a
 * `ValidationError` naming the field, e.g. `3.side` (or `roster.3.side` with a `field`).
 */
export function readRoster(input: unknown, field = ''): Roster {
  const members = readArray(input, field, { max: MAX_ROSTER_MEMBERS }, readRosterMember);
  assertUniqueIds(members, field, (member) => member.id);
  return members;
}

/** How many patient partners and professionals sit on a team, for {@link rosterFromCounts}. */
export interface RosterCounts {
  /** Patient and family partners (coaches not included). */
  readonly patients: number;
  /** Professionals: staff, clinicians, managers (coaches not included). */
  readonly professionals: number;
}

/**
 * A roster made only from head counts, for forms that ask "how many of each?" rather than
 * for names: members `patient-1`, `patient-2`… then `professional-1`…, none a coach or
 * co-lead. Reads untrusted counts: whole numbers from 0, together at most
 * {@link MAX_ROSTER_MEMBERS}; throws a `ValidationError` naming `patients`, `professionals`
 * (or `<field>.patients`…) otherwise.
 */
export function rosterFromCounts(input: unknown, field = ''): Roster {
  const raw = readObject(input, field, ['patients', 'professionals']);
  const patients = readInteger(raw.patients ?? 0, fieldPath(field, 'patients'), { min: 0, max: MAX_ROSTER_MEMBERS });
  const professionals = readInteger(raw.professionals ?? 0, fieldPath(field, 'professionals'), {
    min: 0,
    max: MAX_ROSTER_MEMBERS - patients,
  });
  const members: RosterMember[] = [];
  for (let i = 1; i <= patients; i += 1) members.push({ id: `patient-${i}`, side: 'patient' });
  for (let i = 1; i <= professionals; i += 1) members.push({ id: `professional-${i}`, side: 'professional' });
  return members;
}
