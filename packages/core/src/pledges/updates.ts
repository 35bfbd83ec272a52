/**
 * Following up a pledge: its maker marks progress and may write down how it went. Online
 * pledge walls follow pledges up after a set time (domain.md §6).
 */
import { invalid } from '../shared/errors.js';
import { t, type LocalizedText } from '../shared/text.js';
import { readDate, readEnum, readObject, readOptional, readString } from '../shared/validate.js';
import { PLEDGE_STATUSES, type Pledge, type PledgeStatus, type PledgeUpdate } from './types.js';

/** Most characters of a pledge's reflection. */
export const MAX_REFLECTION_LENGTH = 1000;

/**
 * Where a pledge's status may move next. `done` and `not-done` are final (a reflection may
 * still be added). Giving the current status again is not a move and is always accepted.
 */
export const PLEDGE_TRANSITIONS: Readonly<Record<PledgeStatus, readonly PledgeStatus[]>> = Object.freeze({
  made: ['in-progress', 'done', 'not-done'],
  'in-progress': ['done', 'not-done'],
  done: [],
  'not-done': [],
});

/** A label for each pledge status. */
export const PLEDGE_STATUS_LABELS: Readonly<Record<PledgeStatus, LocalizedText>> = Object.freeze({
  made: t('Made', 'Pris'),
  'in-progress': t('Under way', 'En cours'),
  done: t('Done', 'Tenu'),
  'not-done': t('Not done', 'Non tenu'),
});

/** True when a pledge with status `from` may be given status `to` (the same status included). */
export function canChangePledgeStatus(from: PledgeStatus, to: PledgeStatus): boolean {
  return from === to || (Object.hasOwn(PLEDGE_TRANSITIONS, from) && PLEDGE_TRANSITIONS[from].includes(to));
}

const UPDATE_KEYS = ['status', 'reflection'] as const;

/**
 * Reads a pledge update from untrusted input: `{ status?, reflection? }`, at least one of
 * them. The reflection is plain text, 1–1000 characters, line breaks allowed.
 */
export function readPledgeUpdate(input: unknown): PledgeUpdate {
  const raw = readObject(input, '', UPDATE_KEYS);
  const status = readOptional(raw.status, 'status', (v, f) => readEnum(v, f, PLEDGE_STATUSES));
  const reflection = readOptional(raw.reflection, 'reflection', (v, f) =>
    readString(v, f, { max: MAX_REFLECTION_LENGTH, multiline: true }),
  );
  if (status === undefined && reflection === undefined) {
    throw invalid('required', '', t('Please change the status or write a reflection.', 'Veuillez changer le statut ou écrire un bilan.'));
  }
  return { ...(status === undefined ? {} : { status }), ...(reflection === undefined ? {} : { reflection }) };
}

/**
 * Applies an update to a pledge and returns the new pledge (the old one is unchanged).
 * A new reflection replaces the old one. Throws a ValidationError `invalid-transition` on
 * field `status` when {@link PLEDGE_TRANSITIONS} does not allow the change.
 */
export function applyPledgeUpdate(pledge: Pledge, update: PledgeUpdate, now: string | Date): Pledge {
  const checked = readPledgeUpdate(update);
  const updatedAt = readDate(now, 'now');
  if (checked.status !== undefined && !canChangePledgeStatus(pledge.status, checked.status)) {
    const from = PLEDGE_STATUS_LABELS[pledge.status] ?? t(String(pledge.status), String(pledge.status));
    const to = PLEDGE_STATUS_LABELS[checked.status];
    throw invalid(
      'invalid-transition',
      'status',
      t(
        `A pledge that is “${from.en}” cannot become “${to.en}”.`,
        `Un engagement « ${from.fr} » ne peut pas devenir « ${to.fr} ».`,
      ),
    );
  }
  return {
    ...pledge,
    status: checked.status ?? pledge.status,
    ...(checked.reflection === undefined ? {} : { reflection: checked.reflection }),
    updatedAt,
  };
}
