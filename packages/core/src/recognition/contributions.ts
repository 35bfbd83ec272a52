/**
 * The contribution log: what each partner gave, so they can be thanked and credited
 * (seed 001_5c14ab15c4889788.txt: every member's contribution is recognised).
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { readDay, readEnum, readId, readNumber, readObject, readOptional, readString } from '../shared/validate.js';
import { CONTRIBUTION_KINDS, PROJECT_PHASES, type Contribution } from './types.js';

/** Most hours one contribution may count: a whole month, day and night (24 × 31). */
export const MAX_CONTRIBUTION_HOURS = 24 * 31;

/** Longest free-text note on a contribution, acknowledgement or ledger entry. */
export const MAX_NOTE_LENGTH = 1000;

const CONTRIBUTION_KEYS = ['id', 'partnerId', 'partnerName', 'project', 'role', 'date', 'hours', 'kind', 'phase', 'note'] as const;

/** Reads a free-text note (at most 1000 characters, line breaks allowed). */
export function readNote(value: unknown, field: string): string {
  return readString(value, field, { max: MAX_NOTE_LENGTH, multiline: true });
}

/**
 * Reads hours: more than 0, at most 744, with at most two decimals (0.25 and 1.5 are fine,
 * 0.125 is not). Returns the number rounded to two decimals.
 */
export function readHours(value: unknown, field: string): number {
  const hours = readNumber(value, field, { max: MAX_CONTRIBUTION_HOURS });
  // The smallest amount two decimals can show is 0.01, so anything below it counts as none.
  if (hours < 0.01) {
    throw invalid('too-small', field, t('This should be more than 0 hours.', 'Ceci devrait être plus de 0 heure.'));
  }
  const hundredths = Math.round(hours * 100);
  if (Math.abs(hours * 100 - hundredths) > 1e-6) {
    throw invalid('invalid', field, t('Use at most two decimals, for example 1.25.', 'Utilisez au plus deux décimales, par exemple 1,25.'));
  }
  return hundredths / 100;
}

/**
 * Reads one contribution from untrusted input. Throws a ValidationError naming the field
 * for anything missing, unknown, malformed or too long.
 */
export function readContribution(input: unknown): Contribution {
  const raw = readObject(input, '', CONTRIBUTION_KEYS);
  const id = readId(raw.id, 'id');
  const partnerId = readId(raw.partnerId, 'partnerId');
  const partnerName = readOptional(raw.partnerName, 'partnerName', (v, f) => readString(v, f, { max: 120 }));
  const project = readString(raw.project, 'project', { max: 200 });
  const role = readString(raw.role, 'role', { max: 120 });
  const date = readDay(raw.date, 'date');
  const hours = readHours(raw.hours, 'hours');
  const kind = readEnum(raw.kind, 'kind', CONTRIBUTION_KINDS);
  const phase = readOptional(raw.phase, 'phase', (v, f) => readEnum(v, f, PROJECT_PHASES));
  const note = readOptional(raw.note, 'note', readNote);
  return {
    id,
    partnerId,
    ...(partnerName === undefined ? {} : { partnerName }),
    project,
    role,
    date,
    hours,
    kind,
    ...(phase === undefined ? {} : { phase }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * A partner's name as given on their most recent named contribution (ties: the later one in
 * the list), or `undefined` when none of them carries a name. `contributions` should all be
 * the same partner's.
 */
export function latestPartnerName(contributions: readonly Contribution[]): string | undefined {
  let name: string | undefined;
  let namedOn = '';
  for (const contribution of contributions) {
    if (contribution.partnerName !== undefined && contribution.date >= namedOn) {
      name = contribution.partnerName;
      namedOn = contribution.date;
    }
  }
  return name;
}
