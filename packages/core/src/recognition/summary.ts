/**
 * A partner's record of work, enough to print a certificate or write a thank-you
 * (seed 001_5c14ab15c4889788.txt: contributions recognised by certificates and letters, and
 * members told what impact they had).
 */
import { invalid } from '../shared/errors.js';
import { compareText, format, resolveLocale, t, type Locale, type LocalizedText } from '../shared/text.js';
import { readId } from '../shared/validate.js';
import { latestPartnerName } from './contributions.js';
import { PROJECT_PHASE_LABELS } from './labels.js';
import {
  ACKNOWLEDGEMENT_KINDS,
  CONTRIBUTION_KINDS,
  PROJECT_PHASES,
  type Acknowledgement,
  type AcknowledgementKind,
  type Contribution,
  type ContributionKind,
  type ProjectPhase,
} from './types.js';

/** What one partner gave and how they were thanked. */
export interface PartnerSummary {
  /** The partner summarised. */
  readonly partnerId: string;
  /** From their latest named contribution, when one has a name. */
  readonly partnerName?: string;
  /** Sum of hours, to two decimals. */
  readonly totalHours: number;
  /** How many contributions. */
  readonly contributionCount: number;
  /** Contributions of kind `meeting`. */
  readonly meetingCount: number;
  /** How many contributions of each kind (every kind present, 0 when none). */
  readonly contributionsByKind: Readonly<Record<ContributionKind, number>>;
  /** Each project once, in the order the partner first worked on it. */
  readonly projects: readonly string[];
  /** Each role once, in the order the partner first held it. */
  readonly roles: readonly string[];
  /** Each phase the partner took part in, in project order (design first). */
  readonly phases: readonly ProjectPhase[];
  /** Day of the first contribution (absent when there is none). */
  readonly firstOn?: string;
  /** Day of the last contribution (absent when there is none). */
  readonly lastOn?: string;
  /** How many acknowledgements. */
  readonly acknowledgementCount: number;
  /** How many acknowledgements of each kind (every kind present, 0 when none). */
  readonly acknowledgementsByKind: Readonly<Record<AcknowledgementKind, number>>;
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

/**
 * Sums up one partner's contributions and acknowledgements. Records of other partners in
 * the lists are ignored, so the whole log can be passed.
 */
export function partnerSummary(
  partnerId: string,
  contributions: readonly Contribution[],
  acknowledgements: readonly Acknowledgement[],
): PartnerSummary {
  const id = readId(partnerId, 'partnerId');
  const own = contributions.filter((contribution) => contribution.partnerId === id);
  // Stable sort: same-day contributions keep their order in the log.
  const byDate = [...own].sort((a, b) => compareText(a.date, b.date));

  const contributionsByKind = zeroCounts<ContributionKind>(CONTRIBUTION_KINDS);
  const projects = new Set<string>();
  const roles = new Set<string>();
  const phases = new Set<ProjectPhase>();
  let hundredths = 0;
  for (const contribution of byDate) {
    contributionsByKind[contribution.kind] += 1;
    projects.add(contribution.project);
    roles.add(contribution.role);
    if (contribution.phase !== undefined) phases.add(contribution.phase);
    hundredths += Math.round(contribution.hours * 100);
  }

  const acknowledgementsByKind = zeroCounts<AcknowledgementKind>(ACKNOWLEDGEMENT_KINDS);
  let acknowledgementCount = 0;
  for (const acknowledgement of acknowledgements) {
    if (acknowledgement.partnerId !== id) continue;
    acknowledgementsByKind[acknowledgement.kind] += 1;
    acknowledgementCount += 1;
  }

  const partnerName = latestPartnerName(own);
  const first = byDate[0];
  const last = byDate[byDate.length - 1];
  return {
    partnerId: id,
    ...(partnerName === undefined ? {} : { partnerName }),
    totalHours: hundredths / 100,
    contributionCount: own.length,
    meetingCount: contributionsByKind.meeting,
    contributionsByKind,
    projects: [...projects],
    roles: [...roles],
    phases: PROJECT_PHASES.filter((phase) => phases.has(phase)),
    ...(first === undefined ? {} : { firstOn: first.date }),
    ...(last === undefined ? {} : { lastOn: last.date }),
    acknowledgementCount,
    acknowledgementsByKind,
  };
}

/** The texts of {@link CERTIFICATE_TEXT}, one per line of a certificate. */
export interface CertificateText {
  /** The heading. */
  readonly title: LocalizedText;
  /** The opening line; `{name}` is the partner's name. */
  readonly intro: LocalizedText;
  /** The name used when the partner's name is unknown. */
  readonly someone: LocalizedText;
  /** The period of the work, from `{first}` to `{last}` day. */
  readonly period: LocalizedText;
  /** The period when all the work was on one day, `{first}`. */
  readonly oneDay: LocalizedText;
  /** What was done: `{period}`, `{contributions}` and `{hours}`. */
  readonly work: LocalizedText;
  /** What was done when it includes meetings: as `work`, plus `{meetings}`. */
  readonly workWithMeetings: LocalizedText;
  /** The projects, `{list}`. */
  readonly projects: LocalizedText;
  /** The roles held, `{list}`. */
  readonly roles: LocalizedText;
  /** The project phases taken part in, `{list}`. */
  readonly phases: LocalizedText;
  /** The closing thanks. */
  readonly thanks: LocalizedText;
}

/** The wording of a certificate, in English and French. Placeholders are in braces. */
export const CERTIFICATE_TEXT: CertificateText = Object.freeze({
  title: t('Certificate of recognition', 'Certificat de reconnaissance'),
  intro: t('{name} worked with us as a partner to make care better.', '{name} a travaillé avec nous comme partenaire pour améliorer les soins.'),
  someone: t('Our partner', 'Notre partenaire'),
  period: t('From {first} to {last}', 'Du {first} au {last}'),
  oneDay: t('On {first}', 'Le {first}'),
  work: t('{period}: {contributions}, {hours} in all.', '{period} : {contributions}, {hours} en tout.'),
  workWithMeetings: t(
    '{period}: {contributions}, including {meetings}, {hours} in all.',
    '{period} : {contributions}, dont {meetings}, {hours} en tout.',
  ),
  projects: t('Projects: {list}', 'Projets : {list}'),
  roles: t('Roles: {list}', 'Rôles : {list}'),
  phases: t('Project stages: {list}', 'Étapes des projets : {list}'),
  thanks: t(
    'Thank you for your time, your experience and your ideas. They made a real difference.',
    'Merci pour votre temps, votre expérience et vos idées. Ils ont vraiment fait une différence.',
  ),
}) satisfies Readonly<Record<string, LocalizedText>>;

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A `YYYY-MM-DD` day written out in words: "31 March 2026", "31 mars 2026" ("1er" in French). */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  const monthName = MONTHS[locale][(month ?? 1) - 1] ?? '';
  const dayText = locale === 'fr' && date === 1 ? '1er' : String(date);
  return `${dayText} ${monthName} ${year}`;
}

/** A number with the locale's decimal mark: 12.5 in English, 12,5 in French. */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

const UNITS = {
  contribution: [t('contribution', 'contribution'), t('contributions', 'contributions')],
  meeting: [t('meeting', 'réunion'), t('meetings', 'réunions')],
  hour: [t('hour', 'heure'), t('hours', 'heures')],
} as const;

/** "1 meeting", "3 meetings"; French uses the singular below 2 ("1,5 heure"). */
function countOf(value: number, unit: keyof typeof UNITS, locale: Locale): string {
  const singular = locale === 'fr' ? Math.abs(value) < 2 : value === 1;
  const [one, many] = UNITS[unit];
  return `${formatNumber(value, locale)} ${(singular ? one : many)[locale]}`;
}

/** Options for {@link certificateText}. */
export interface CertificateOptions {
  /** The name to print; defaults to the summary's name, then to "Our partner". */
  readonly name?: string;
}

/**
 * The body of a certificate for a partner, as plain text lines (never HTML: show it as text
 * or print it). Lines with nothing to say (no phases, no contributions) are left out.
 */
export function certificateText(summary: PartnerSummary, locale: Locale | string = 'en', options: CertificateOptions = {}): string {
  if (typeof summary !== 'object' || summary === null) {
    throw invalid('wrong-type', 'summary', t('Please give a partner summary.', 'Veuillez fournir un résumé du partenaire.'));
  }
  const lang = resolveLocale(locale);
  const say = (text: LocalizedText, values: Readonly<Record<string, string | number>> = {}) => format(text[lang], values);
  const name = options.name?.trim() || summary.partnerName || say(CERTIFICATE_TEXT.someone);
  const lines = [say(CERTIFICATE_TEXT.title), '', say(CERTIFICATE_TEXT.intro, { name }), ''];

  if (summary.contributionCount > 0 && summary.firstOn !== undefined && summary.lastOn !== undefined) {
    const first = formatDay(summary.firstOn, lang);
    const period =
      summary.firstOn === summary.lastOn
        ? say(CERTIFICATE_TEXT.oneDay, { first })
        : say(CERTIFICATE_TEXT.period, { first, last: formatDay(summary.lastOn, lang) });
    const values = {
      period,
      contributions: countOf(summary.contributionCount, 'contribution', lang),
      meetings: countOf(summary.meetingCount, 'meeting', lang),
      hours: countOf(summary.totalHours, 'hour', lang),
    };
    lines.push(say(summary.meetingCount > 0 ? CERTIFICATE_TEXT.workWithMeetings : CERTIFICATE_TEXT.work, values));
  }
  if (summary.projects.length > 0) lines.push(say(CERTIFICATE_TEXT.projects, { list: summary.projects.join(', ') }));
  if (summary.roles.length > 0) lines.push(say(CERTIFICATE_TEXT.roles, { list: summary.roles.join(', ') }));
  if (summary.phases.length > 0) {
    const list = summary.phases.map((phase) => PROJECT_PHASE_LABELS[phase][lang]).join(', ');
    lines.push(say(CERTIFICATE_TEXT.phases, { list }));
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  lines.push(say(CERTIFICATE_TEXT.thanks));
  return lines.join('\n');
}
