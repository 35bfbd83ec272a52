/**
 * Who sits on a team, and what that says about parity in numbers. The rules come from seed
 * 001_5c14ab15c4889788.txt (Quebec's Partnership in Care Program: teams of six to eight,
 * patients recruited in pairs, a patient–professional duo of co-leads, a coach for each
 * side) and seed 003_29976c84f60395a4.txt (two patients among ten professionals cannot be
 * heard).
 *
 * Counting rule, kept simple: members marked `coach` support the team from the side and are
 * not counted in its size nor in the patient:professional balance (a patient coach does not
 * keep a lone patient partner company in meetings). Everyone else counts once.
 *
 * This module holds the roster types and the check; the readers of untrusted rosters are in
 * `roster.js` (which re-exports everything here), so a page that only checks a roster does not
 * load every reader.
 */
import { invalid } from '../shared/errors.js';
import { readInteger, readNumber } from '../shared/numbers.js';
import { t, formatText, type LocalizedText } from '../shared/text.js';
import type { ParityAnswer } from './answers.js';
import type { ParityItemId } from './factors.js';

/** Which side of the partnership a member is on. */
export const ROSTER_SIDES = ['patient', 'professional'] as const;

/** `patient` (patient or family partner) or `professional` (staff, clinician, manager). */
export type RosterSide = (typeof ROSTER_SIDES)[number];

/** Most members a roster may list. */
export const MAX_ROSTER_MEMBERS = 500;

/** One person on a team. A name is optional: a roster works without any personal data. */
export interface RosterMember {
  /** Id of the member, unique within the roster. */
  readonly id: string;
  /** Whether they are a patient partner or a professional. */
  readonly side: RosterSide;
  /** Leads the team together with a co-lead from the other side. */
  readonly coLead?: boolean;
  /** Coaches the members of their side (not counted in team size or balance). */
  readonly coach?: boolean;
  /** Their name, when given (at most 100 characters). */
  readonly name?: string;
}

/** A team's members, each with a unique id. */
export type Roster = readonly RosterMember[];

/** Thresholds for {@link checkRoster}. */
export interface RosterLimits {
  /** Fewest patient partners per professional (default 1/3: one patient for three professionals). */
  readonly minRatio: number;
  /** Smallest recommended team (default 6, seed 001). */
  readonly minTeamSize: number;
  /** Largest recommended team (default 8, seed 001). */
  readonly maxTeamSize: number;
}

/** The default thresholds. */
export const DEFAULT_ROSTER_LIMITS: RosterLimits = Object.freeze({ minRatio: 1 / 3, minTeamSize: 6, maxTeamSize: 8 });

/** What a roster check can point out. */
export const ROSTER_FINDING_IDS = [
  'low-ratio',
  'lone-patient',
  'team-size',
  'no-co-lead-pair',
  'no-patient-coach',
  'no-professional-coach',
] as const;

/** Id of a roster finding. */
export type RosterFindingId = (typeof ROSTER_FINDING_IDS)[number];

/** One thing a roster check points out: a `warning` (a risk of tokenism) or a `note` (a recommendation). */
export interface RosterFinding {
  /** What the finding is about. */
  readonly id: RosterFindingId;
  /** `warning` for something to fix, `note` for something to consider. */
  readonly severity: 'warning' | 'note';
  /** A plain message, ready to show. */
  readonly message: LocalizedText;
}

/** The result of {@link checkRoster}. */
export interface RosterCheck {
  /** Patient partners counted (coaches left out). */
  readonly patients: number;
  /** Professionals counted (coaches left out). */
  readonly professionals: number;
  /** `patients + professionals`. */
  readonly teamSize: number;
  /** Coaches on each side. */
  readonly coaches: {
    /** Coaches who are patient partners. */
    readonly patients: number;
    /** Coaches who are professionals. */
    readonly professionals: number;
  };
  /** Patients per professional, or `null` when there are no professionals. */
  readonly ratio: number | null;
  /** The thresholds the check used. */
  readonly limits: RosterLimits;
  /** What to look at, warnings first, in {@link ROSTER_FINDING_IDS} order. */
  readonly findings: readonly RosterFinding[];
}

/** The messages of roster findings (placeholders are filled by {@link checkRoster}). */
export const ROSTER_MESSAGES: Readonly<Record<RosterFindingId, LocalizedText>> = Object.freeze({
  'low-ratio': t(
    'Patient partners: {patients}. Professionals: {professionals}. With this many professionals, aim for at least {needed} patient partners so that their voices are heard.',
    'Patients partenaires : {patients}. Professionnels : {professionals}. Avec autant de professionnels, visez au moins {needed} patients partenaires pour que leur voix soit entendue.',
  ),
  'lone-patient': t(
    'Only one patient partner is on the team. Recruit patient partners in pairs, so that no one is alone and one can stand in for the other.',
    'Un seul patient partenaire fait partie de l’équipe. Recrutez les patients partenaires par deux, pour que personne ne soit seul et que l’un puisse remplacer l’autre.',
  ),
  'team-size': t(
    'The team has {size} members, not counting coaches. Teams of {min} to {max} members tend to work well.',
    'L’équipe compte {size} membres, sans les accompagnateurs. Les équipes de {min} à {max} membres fonctionnent souvent bien.',
  ),
  'no-co-lead-pair': t(
    'No pair of co-leads yet. Choose a patient partner and a professional to lead the team together.',
    'Pas encore de duo de coresponsables. Choisissez un patient partenaire et un professionnel pour diriger l’équipe ensemble.',
  ),
  'no-patient-coach': t(
    'No coach for the patient partners yet. A patient with experience of partnership can support them.',
    'Pas encore d’accompagnateur pour les patients partenaires. Un patient qui a l’expérience du partenariat peut les soutenir.',
  ),
  'no-professional-coach': t(
    'No coach for the professionals yet. Name someone to support the staff and managers on the team.',
    'Pas encore d’accompagnateur pour les professionnels. Nommez quelqu’un pour soutenir le personnel et les gestionnaires de l’équipe.',
  ),
});

/** Small allowance for rounding when comparing ratios such as 2/6 with 1/3. */
const EPSILON = 1e-9;

function readLimits(options: Partial<RosterLimits>): RosterLimits {
  const minRatio = readNumber(options.minRatio ?? DEFAULT_ROSTER_LIMITS.minRatio, 'minRatio', { min: 0, max: 100 });
  const minTeamSize = readInteger(options.minTeamSize ?? DEFAULT_ROSTER_LIMITS.minTeamSize, 'minTeamSize', { min: 1, max: MAX_ROSTER_MEMBERS });
  const maxTeamSize = readInteger(options.maxTeamSize ?? DEFAULT_ROSTER_LIMITS.maxTeamSize, 'maxTeamSize', { min: 1, max: MAX_ROSTER_MEMBERS });
  if (maxTeamSize < minTeamSize) {
    throw invalid('invalid', 'maxTeamSize', t('The largest team size cannot be below the smallest ({min}).', 'La taille maximale ne peut pas être inférieure à la taille minimale ({min}).'), { min: minTeamSize });
  }
  return { minRatio, minTeamSize, maxTeamSize };
}

/**
 * Checks a team's composition. Findings:
 * - `low-ratio` (warning): fewer patient partners per professional than `minRatio`
 *   (only when there are professionals);
 * - `lone-patient` (warning): exactly one patient partner;
 * - `team-size` (note): team size outside `minTeamSize`–`maxTeamSize`;
 * - `no-co-lead-pair` (note): no patient co-lead, or no professional co-lead;
 * - `no-patient-coach` / `no-professional-coach` (note): no coach on that side.
 * Coaches are not counted in size or balance (see the module note). Throws a
 * `ValidationError` only for impossible limits.
 */
export function checkRoster(members: Roster, options: Partial<RosterLimits> = {}): RosterCheck {
  const limits = readLimits(options);
  let patients = 0;
  let professionals = 0;
  let patientCoaches = 0;
  let professionalCoaches = 0;
  let patientCoLead = false;
  let professionalCoLead = false;
  for (const member of members) {
    const isPatient = member.side === 'patient';
    if (member.coach === true) {
      if (isPatient) patientCoaches += 1;
      else professionalCoaches += 1;
    } else if (isPatient) patients += 1;
    else professionals += 1;
    if (member.coLead === true) {
      if (isPatient) patientCoLead = true;
      else professionalCoLead = true;
    }
  }
  const teamSize = patients + professionals;
  const ratio = professionals > 0 ? patients / professionals : null;
  const findings: RosterFinding[] = [];
  if (ratio !== null && ratio < limits.minRatio - EPSILON) {
    const needed = Math.max(1, Math.ceil(professionals * limits.minRatio - EPSILON));
    findings.push({ id: 'low-ratio', severity: 'warning', message: formatText(ROSTER_MESSAGES['low-ratio'], { patients, professionals, needed }) });
  }
  if (patients === 1) findings.push({ id: 'lone-patient', severity: 'warning', message: ROSTER_MESSAGES['lone-patient'] });
  if (teamSize < limits.minTeamSize || teamSize > limits.maxTeamSize) {
    findings.push({
      id: 'team-size',
      severity: 'note',
      message: formatText(ROSTER_MESSAGES['team-size'], { size: teamSize, min: limits.minTeamSize, max: limits.maxTeamSize }),
    });
  }
  if (!patientCoLead || !professionalCoLead) findings.push({ id: 'no-co-lead-pair', severity: 'note', message: ROSTER_MESSAGES['no-co-lead-pair'] });
  if (patientCoaches === 0) findings.push({ id: 'no-patient-coach', severity: 'note', message: ROSTER_MESSAGES['no-patient-coach'] });
  if (professionalCoaches === 0) findings.push({ id: 'no-professional-coach', severity: 'note', message: ROSTER_MESSAGES['no-professional-coach'] });
  return {
    patients,
    professionals,
    teamSize,
    coaches: { patients: patientCoaches, professionals: professionalCoaches },
    ratio,
    limits,
    findings,
  };
}

/** Answers a roster suggests for the "numbers" parity items (see {@link rosterNumbersAnswers}). */
export type RosterNumbersAnswers = Readonly<Partial<Record<ParityItemId, ParityAnswer>>>;

/**
 * How a roster feeds the "numbers" parity factor: answers a form can prefill, and that
 * `scoreParity` uses for items the team has not answered. The rules:
 * - `numbers.balance`: `fully` when there are at least as many patient partners as
 *   professionals (seed 001: equal numbers help), `partly` when the ratio reaches
 *   `minRatio`, otherwise `not-yet`; left out when there are no professionals;
 * - `numbers.no-lone-patient`: `fully` with two or more patient partners, otherwise `not-yet`;
 * - `numbers.cover-absence` is never suggested: a roster cannot show whether someone steps in.
 * An empty team suggests nothing.
 */
export function rosterNumbersAnswers(check: RosterCheck): RosterNumbersAnswers {
  if (check.teamSize === 0) return {};
  const answers: Partial<Record<ParityItemId, ParityAnswer>> = {
    'numbers.no-lone-patient': check.patients >= 2 ? 'fully' : 'not-yet',
  };
  if (check.ratio !== null) {
    answers['numbers.balance'] =
      check.ratio >= 1 - EPSILON ? 'fully' : check.ratio >= check.limits.minRatio - EPSILON ? 'partly' : 'not-yet';
  }
  return answers;
}
