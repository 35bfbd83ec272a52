/**
 * Making a pledge: "I will work in partnership with patients and people by …" (the pledge
 * card of seed 002_d83a45a62a84c467.txt). A name is kept only with its maker's consent; the
 * text is plain text, kept exactly as typed (a `<` stays a `<`) and shown as text.
 */
import { invalid } from '../shared/errors.js';
import { addDaysToDay } from '../shared/clock.js';
import { t } from '../shared/text.js';
import { readBoolean, readDate, readId, readNumber, readObject, readString } from '../shared/validate.js';
import { DEFAULT_FOLLOW_UP_DAYS, MAX_PLEDGE_LENGTH, MAX_PLEDGE_NAME_LENGTH } from './limits.js';
import { FOLLOW_UP_DAYS, type FollowUpDays, type Pledge } from './types.js';

export { DEFAULT_FOLLOW_UP_DAYS, MAX_PLEDGE_LENGTH, MAX_PLEDGE_NAME_LENGTH, PLEDGE_PROMPT, remainingCharacters } from './limits.js';

/** A pledge as its maker typed it, before it is stored. */
export interface PledgeDraft {
  /** The wall the pledge will be shown on. */
  readonly wallId: string;
  /** 1–280 characters, trimmed. */
  readonly text: string;
  /** Present only when `nameConsent` is true. */
  readonly name?: string;
  /** True when the maker agrees to have their name shown. */
  readonly nameConsent: boolean;
  /** Days until the maker is asked to look back on it. */
  readonly followUpDays: FollowUpDays;
}

const DRAFT_KEYS = ['wallId', 'text', 'name', 'nameConsent', 'followUpDays'] as const;

function readFollowUpDays(value: unknown, field: string): FollowUpDays {
  const days = readNumber(value, field);
  if (!(FOLLOW_UP_DAYS as readonly number[]).includes(days)) {
    throw invalid('unknown-value', field, t('Please choose one of: {options} days.', 'Veuillez choisir parmi : {options} jours.'), {
      options: FOLLOW_UP_DAYS.join(', '),
    });
  }
  return days as FollowUpDays;
}

/**
 * Reads a pledge draft from untrusted input: `{ wallId, text, name?, nameConsent?,
 * followUpDays? }`. `nameConsent` defaults to false and `followUpDays` to 30. A name given
 * without consent is dropped without looking at it (never stored, never an error); an empty
 * name counts as none.
 */
export function readPledgeDraft(input: unknown): PledgeDraft {
  const raw = readObject(input, '', DRAFT_KEYS);
  const wallId = readId(raw.wallId, 'wallId');
  const text = readString(raw.text, 'text', { max: MAX_PLEDGE_LENGTH, multiline: true });
  const nameConsent = raw.nameConsent === undefined ? false : readBoolean(raw.nameConsent, 'nameConsent');
  const name =
    nameConsent && raw.name !== undefined
      ? readString(raw.name, 'name', { min: 0, max: MAX_PLEDGE_NAME_LENGTH })
      : '';
  const followUpDays = raw.followUpDays === undefined ? DEFAULT_FOLLOW_UP_DAYS : readFollowUpDays(raw.followUpDays, 'followUpDays');
  return { wallId, text, ...(name === '' ? {} : { name }), nameConsent, followUpDays };
}

/** What {@link createPledge} needs besides the draft. */
export interface CreatePledgeOptions {
  /** The new pledge's id. */
  readonly id: string;
  /** When it is made: a `Date` or an ISO date-time (a `YYYY-MM-DD` day means midnight UTC). */
  readonly now: string | Date;
}

/**
 * Makes a pledge from a draft: status `made`, nobody joined yet, follow-up on the UTC day of
 * `now` plus `followUpDays`. The draft is read again, so a name without consent can never
 * slip through.
 */
export function createPledge(draft: PledgeDraft, options: CreatePledgeOptions): Pledge {
  const checked = readPledgeDraft(draft);
  if (typeof options !== 'object' || options === null) {
    throw invalid('wrong-type', '', t('Please give the new pledge’s id and the time.', 'Veuillez donner l’identifiant du nouvel engagement et l’heure.'));
  }
  const id = readId(options.id, 'id');
  const createdAt = readDate(options.now, 'now');
  return {
    id,
    wallId: checked.wallId,
    text: checked.text,
    ...(checked.name === undefined ? {} : { name: checked.name }),
    nameConsent: checked.nameConsent,
    followUpDays: checked.followUpDays,
    followUpOn: addDaysToDay(createdAt.slice(0, 10), checked.followUpDays),
    status: 'made',
    joinCount: 0,
    createdAt,
    updatedAt: createdAt,
  };
}
