/**
 * Who is waiting for a thank-you. Seed 000_982393f3c17409a9.txt: say thank you along the
 * way, not only at the end of a project.
 */
import { invalid } from '../shared/errors.js';
import { daysFromTo, readCalendarDay } from '../shared/clock.js';
import { compareText, t } from '../shared/text.js';
import { readInteger } from '../shared/validate.js';
import { latestPartnerName } from './contributions.js';
import type { Acknowledgement, Contribution } from './types.js';

/** Options for {@link partnersDueThanks}. */
export interface DueThanksOptions {
  /** The day to count from: `YYYY-MM-DD`, an ISO date-time or a `Date` (its UTC day is used). */
  readonly today: string | Date;
  /** How many days a contribution may wait for thanks (default 30). */
  readonly afterDays?: number;
}

/** A partner who has waited too long for thanks. */
export interface PartnerDueThanks {
  /** The partner due thanks. */
  readonly partnerId: string;
  /** From their latest named contribution, when one has a name. */
  readonly partnerName?: string;
  /** The day of their oldest contribution that no acknowledgement has followed yet. */
  readonly oldestUnthankedOn: string;
  /** Days from that contribution to today. */
  readonly daysWaiting: number;
  /** Contributions since the last acknowledgement. */
  readonly unthankedCount: number;
  /** Hours given since the last acknowledgement. */
  readonly unthankedHours: number;
  /** The day of their last acknowledgement, if they ever had one. */
  readonly lastThankedOn?: string;
}

/** The default number of days a contribution may wait for thanks. */
export const DEFAULT_THANKS_AFTER_DAYS = 30;

/**
 * Partners whose oldest contribution not yet followed by an acknowledgement is at least
 * `afterDays` old, most overdue first (then by partner id).
 *
 * Any acknowledgement of the partner dated on or after a contribution's day counts as
 * following it: thanks at the end of a meeting covers that meeting, and a thank-you covers
 * everything the partner did before it. Contributions dated after today are ignored.
 */
export function partnersDueThanks(
  contributions: readonly Contribution[],
  acknowledgements: readonly Acknowledgement[],
  options: DueThanksOptions,
): PartnerDueThanks[] {
  if (typeof options !== 'object' || options === null) {
    throw invalid('wrong-type', '', t('Please give the options, with today’s date.', 'Veuillez donner les options, avec la date du jour.'));
  }
  const today = readCalendarDay(options.today, 'today');
  const afterDays = readInteger(options.afterDays ?? DEFAULT_THANKS_AFTER_DAYS, 'afterDays', { min: 0, max: 36_500 });

  const lastThanked = new Map<string, string>();
  for (const acknowledgement of acknowledgements) {
    const last = lastThanked.get(acknowledgement.partnerId);
    if (last === undefined || acknowledgement.date > last) lastThanked.set(acknowledgement.partnerId, acknowledgement.date);
  }

  const byPartner = new Map<string, Contribution[]>();
  const waiting = new Map<string, Contribution[]>();
  for (const contribution of contributions) {
    const all = byPartner.get(contribution.partnerId);
    if (all) all.push(contribution);
    else byPartner.set(contribution.partnerId, [contribution]);
    if (contribution.date > today) continue;
    const last = lastThanked.get(contribution.partnerId);
    if (last !== undefined && last >= contribution.date) continue;
    const list = waiting.get(contribution.partnerId);
    if (list) list.push(contribution);
    else waiting.set(contribution.partnerId, [contribution]);
  }

  const due: PartnerDueThanks[] = [];
  for (const [partnerId, list] of waiting) {
    let oldest = today;
    let hundredths = 0;
    for (const contribution of list) {
      if (contribution.date < oldest) oldest = contribution.date;
      hundredths += Math.round(contribution.hours * 100);
    }
    const daysWaiting = daysFromTo(oldest, today);
    if (daysWaiting < afterDays) continue;
    const partnerName = latestPartnerName(byPartner.get(partnerId) ?? []);
    const lastThankedOn = lastThanked.get(partnerId);
    due.push({
      partnerId,
      ...(partnerName === undefined ? {} : { partnerName }),
      oldestUnthankedOn: oldest,
      daysWaiting,
      unthankedCount: list.length,
      unthankedHours: hundredths / 100,
      ...(lastThankedOn === undefined ? {} : { lastThankedOn }),
    });
  }
  return due.sort((a, b) => b.daysWaiting - a.daysWaiting || compareText(a.partnerId, b.partnerId));
}
