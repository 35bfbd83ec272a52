/**
 * The "you said, we did" ledger: each piece of partners' input is followed until they have
 * been told what became of it.
 *
 * Seed 000_982393f3c17409a9.txt: tell partners what was done with their input; say openly
 * when a suggestion was not followed, and why; send an update even when the project is
 * paused. Seed 001_5c14ab15c4889788.txt: tell members what impact they had.
 */
import { invalid } from '../shared/errors.js';
import { addDaysToDay, daysFromTo, readCalendarDay } from '../shared/clock.js';
import { compareText, t, type LocalizedText } from '../shared/text.js';
import {
  fieldPath,
  readArray,
  readDay,
  readEnum,
  readId,
  readInteger,
  readObject,
  readOptional,
  readString,
} from '../shared/validate.js';
import { readNote } from './contributions.js';
import { LOOP_STATUS_LABELS } from './labels.js';
import { LOOP_STATUSES, type LoopHistoryEntry, type LoopItem, type LoopStatus } from './types.js';

/** Longest piece of input a loop item holds. */
export const MAX_SAID_LENGTH = 1000;

/** Default days within which new input should be acknowledged. */
export const DEFAULT_HEARD_WITHIN_DAYS = 14;

/** Default days between updates on work in progress or on hold. */
export const DEFAULT_UPDATE_EVERY_DAYS = 30;

/**
 * Where each status may move next. `adopted` and `declined` are final.
 *
 * Our choice for `paused`: it may resume (`in-progress`), end as `declined`, or end as
 * `adopted` directly, because an idea on hold is sometimes put in place through other work
 * (another project, a policy change) without being picked up again here. Moving to the same
 * status is never a transition: use {@link recordLoopUpdate} to send news instead.
 */
export const LOOP_TRANSITIONS: Readonly<Record<LoopStatus, readonly LoopStatus[]>> = Object.freeze({
  heard: ['in-progress', 'declined', 'paused'],
  'in-progress': ['adopted', 'declined', 'paused'],
  paused: ['in-progress', 'declined', 'adopted'],
  adopted: [],
  declined: [],
});

/** True when a loop item with status `from` may move to `to`. */
export function canTransitionLoopItem(from: LoopStatus, to: LoopStatus): boolean {
  return Object.hasOwn(LOOP_TRANSITIONS, from) && LOOP_TRANSITIONS[from].includes(to);
}

const NEW_ITEM_KEYS = ['id', 'said', 'source', 'receivedOn'] as const;

/** What partners said and when: the fields a new and a stored loop item share, read in order. */
function readInputFields(raw: Record<string, unknown>): Pick<LoopItem, 'id' | 'said' | 'source' | 'receivedOn'> {
  const id = readId(raw.id, 'id');
  const said = readString(raw.said, 'said', { max: MAX_SAID_LENGTH, multiline: true });
  const source = readOptional(raw.source, 'source', (v, f) => readString(v, f, { max: 200 }));
  const receivedOn = readDay(raw.receivedOn, 'receivedOn');
  return { id, said, ...(source === undefined ? {} : { source }), receivedOn };
}

/** Days between updates while on hold: a whole number from 1 to 365. */
function readUpdateEveryDays(value: unknown, field: string): number {
  return readInteger(value, field, { min: 1, max: 365 });
}

/** The error for declining without saying why. */
function reasonRequired() {
  return invalid('required', 'reason', t('Please say why this was not taken up.', 'Veuillez dire pourquoi ceci n’a pas été retenu.'));
}

/**
 * Reads a new piece of input from untrusted data: `{ id, said, source?, receivedOn }`.
 * Returns a loop item in status `heard`, last updated the day it was received.
 */
export function readLoopItem(input: unknown): LoopItem {
  const fields = readInputFields(readObject(input, '', NEW_ITEM_KEYS));
  return {
    ...fields,
    status: 'heard',
    lastUpdateOn: fields.receivedOn,
    history: [{ status: 'heard', on: fields.receivedOn }],
  };
}

const ITEM_KEYS = ['id', 'said', 'source', 'receivedOn', 'status', 'reason', 'updateEveryDays', 'lastUpdateOn', 'history'] as const;
const HISTORY_KEYS = ['status', 'on', 'note'] as const;

/** Most history entries a stored loop item may hold. */
export const MAX_LOOP_HISTORY = 10_000;

function readHistoryEntry(value: unknown, field: string): LoopHistoryEntry {
  const raw = readObject(value, field, HISTORY_KEYS);
  const status = readEnum(raw.status, fieldPath(field, 'status'), LOOP_STATUSES);
  const on = readDay(raw.on, fieldPath(field, 'on'));
  const note = readOptional(raw.note, fieldPath(field, 'note'), readNote);
  return { status, on, ...(note === undefined ? {} : { note }) };
}

/**
 * Reads a whole loop item as stored (for example read back from a file or a database),
 * checking that it hangs together: history in day order, starting `heard` on the day it was
 * received, ending with the current status on the last update day; a reason when declined;
 * `updateEveryDays` only while paused.
 */
export function readLoopItemRecord(input: unknown): LoopItem {
  const raw = readObject(input, '', ITEM_KEYS);
  const fields = readInputFields(raw);
  const { receivedOn } = fields;
  const status = readEnum(raw.status, 'status', LOOP_STATUSES);
  const reason = readOptional(raw.reason, 'reason', readNote);
  const updateEveryDays = readOptional(raw.updateEveryDays, 'updateEveryDays', readUpdateEveryDays);
  const lastUpdateOn = readDay(raw.lastUpdateOn, 'lastUpdateOn');
  const history = readArray(raw.history, 'history', { min: 1, max: MAX_LOOP_HISTORY }, readHistoryEntry);

  const broken = (field: string) =>
    invalid('invalid', field, t('This does not match the rest of the item’s history.', 'Ceci ne correspond pas au reste de l’historique de l’élément.'));
  const first = history[0];
  if (first === undefined || first.status !== 'heard' || first.on !== receivedOn) throw broken('history.0');
  for (let index = 1; index < history.length; index += 1) {
    const previous = history[index - 1] as LoopHistoryEntry;
    const entry = history[index] as LoopHistoryEntry;
    const moved = entry.status !== previous.status;
    if (entry.on < previous.on || (moved && !canTransitionLoopItem(previous.status, entry.status))) {
      throw broken(fieldPath('history', index));
    }
  }
  const last = history[history.length - 1] as LoopHistoryEntry;
  if (last.status !== status) throw broken('status');
  if (last.on !== lastUpdateOn) throw broken('lastUpdateOn');
  if (status === 'declined' && reason === undefined) throw reasonRequired();
  if (reason !== undefined && status !== 'declined' && status !== 'paused') throw broken('reason');
  if (updateEveryDays !== undefined && status !== 'paused') throw broken('updateEveryDays');
  return {
    ...fields,
    status,
    ...(reason === undefined ? {} : { reason }),
    ...(updateEveryDays === undefined ? {} : { updateEveryDays }),
    lastUpdateOn,
    history,
  };
}

/** A request to move a loop item to another status. */
export interface LoopTransition {
  /** The status to move to. */
  readonly to: LoopStatus;
  /** The day of the change: `YYYY-MM-DD`, an ISO date-time or a `Date` (its UTC day is kept). */
  readonly on: string | Date;
  /** What partners were told, at most 1000 characters. */
  readonly note?: string;
  /** Why: required to decline, optional to pause, refused otherwise. At most 1000 characters. */
  readonly reason?: string;
  /** Only when pausing: days between updates while on hold (1–365, default 30). */
  readonly updateEveryDays?: number;
}

/** A validated {@link LoopTransition}, with its day as `YYYY-MM-DD`. */
export interface LoopTransitionRequest {
  /** The status to move to. */
  readonly to: LoopStatus;
  /** The day of the change, `YYYY-MM-DD`. */
  readonly on: string;
  /** What partners were told. */
  readonly note?: string;
  /** Why it was declined or paused. */
  readonly reason?: string;
  /** Only when pausing: days between updates while on hold. */
  readonly updateEveryDays?: number;
}

const TRANSITION_KEYS = ['to', 'on', 'note', 'reason', 'updateEveryDays'] as const;

/**
 * Reads a transition request from untrusted data. Checks each field on its own; whether
 * the move is allowed is checked by {@link transitionLoopItem}.
 */
export function readLoopTransition(input: unknown): LoopTransitionRequest {
  const raw = readObject(input, '', TRANSITION_KEYS);
  const to = readEnum(raw.to, 'to', LOOP_STATUSES);
  const on = readCalendarDay(raw.on, 'on');
  const note = readOptional(raw.note, 'note', readNote);
  const reason = readOptional(raw.reason, 'reason', readNote);
  const updateEveryDays = readOptional(raw.updateEveryDays, 'updateEveryDays', readUpdateEveryDays);
  return {
    to,
    on,
    ...(note === undefined ? {} : { note }),
    ...(reason === undefined ? {} : { reason }),
    ...(updateEveryDays === undefined ? {} : { updateEveryDays }),
  };
}

function statusPair(from: LoopStatus, to: LoopStatus): LocalizedText {
  return t(
    `Input that is “${LOOP_STATUS_LABELS[from].en}” cannot become “${LOOP_STATUS_LABELS[to].en}”.`,
    `Une idée « ${LOOP_STATUS_LABELS[from].fr} » ne peut pas passer à « ${LOOP_STATUS_LABELS[to].fr} ».`,
  );
}

function assertNotBefore(item: LoopItem, on: string): void {
  if (on < item.lastUpdateOn) {
    throw invalid('invalid-date', 'on', t('This day is before the last change to this item ({last}).', 'Ce jour précède le dernier changement de cet élément ({last}).'), {
      last: item.lastUpdateOn,
    });
  }
}

/**
 * Moves a loop item to a new status and returns the new item (the old one is unchanged).
 * Throws a ValidationError: `invalid-transition` on field `to` when {@link LOOP_TRANSITIONS}
 * does not allow the move; `required` on `reason` when declining without a reason;
 * `invalid` on `reason` or `updateEveryDays` when given where they do not apply;
 * `invalid-date` on `on` when the day is before the item's last change.
 */
export function transitionLoopItem(item: LoopItem, transition: LoopTransition): LoopItem {
  const request = readLoopTransition(transition);
  const { to, on } = request;
  if (!(LOOP_STATUSES as readonly string[]).includes(item.status)) {
    throw invalid('unknown-value', 'status', t('This item has a status we do not know.', 'Cet élément a un statut que nous ne connaissons pas.'));
  }
  if (!canTransitionLoopItem(item.status, to)) {
    throw invalid('invalid-transition', 'to', statusPair(item.status, to));
  }
  if (to === 'declined' && request.reason === undefined) throw reasonRequired();
  if (request.reason !== undefined && to !== 'declined' && to !== 'paused') {
    throw invalid('invalid', 'reason', t('A reason is kept only when input is not taken up or put on hold. Use the note instead.', 'Une raison n’est gardée que si l’idée n’est pas retenue ou est mise en pause. Utilisez plutôt la note.'));
  }
  if (request.updateEveryDays !== undefined && to !== 'paused') {
    throw invalid('invalid', 'updateEveryDays', t('Set how often to send news only when putting input on hold.', 'Indiquez la fréquence des nouvelles seulement lors d’une mise en pause.'));
  }
  assertNotBefore(item, on);

  const entry: LoopHistoryEntry = { status: to, on, ...(request.note === undefined ? {} : { note: request.note }) };
  const updateEveryDays = to === 'paused' ? (request.updateEveryDays ?? item.updateEveryDays) : undefined;
  return {
    id: item.id,
    said: item.said,
    ...(item.source === undefined ? {} : { source: item.source }),
    receivedOn: item.receivedOn,
    status: to,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
    ...(updateEveryDays === undefined ? {} : { updateEveryDays }),
    lastUpdateOn: on,
    history: [...item.history, entry],
  };
}

/** News sent to partners about a loop item, without a change of status. */
export interface LoopUpdate {
  /** The day: `YYYY-MM-DD`, an ISO date-time or a `Date` (its UTC day is kept). */
  readonly on: string | Date;
  /** What partners were told, 1–1000 characters. */
  readonly note: string;
}

const UPDATE_KEYS = ['on', 'note'] as const;

/**
 * Logs news sent to partners without changing the status, which restarts the overdue
 * clock. Allowed in every status, final ones included (to tell partners the impact of
 * what was done). Returns the new item.
 */
export function recordLoopUpdate(item: LoopItem, update: LoopUpdate): LoopItem {
  const raw = readObject(update, '', UPDATE_KEYS);
  const on = readCalendarDay(raw.on, 'on');
  const note = readNote(raw.note, 'note');
  assertNotBefore(item, on);
  return { ...item, lastUpdateOn: on, history: [...item.history, { status: item.status, on, note }] };
}

/** Options for {@link overdueLoopItems}. */
export interface OverdueLoopOptions {
  /** The day to count from: `YYYY-MM-DD`, an ISO date-time or a `Date` (its UTC day is used). */
  readonly today: string | Date;
  /** Days within which `heard` input should be acknowledged (default 14). */
  readonly heardWithinDays?: number;
  /** Days between updates on work in progress, and on hold when the item sets none (default 30). */
  readonly updateEveryDays?: number;
}

/** A loop item nobody has reported back on in time. */
export interface OverdueLoopItem {
  /** The loop item partners are waiting to hear about. */
  readonly item: LoopItem;
  /** The day partners should have heard news by. */
  readonly dueOn: string;
  /** Days past `dueOn` (at least 1). */
  readonly daysOverdue: number;
}

/**
 * Loop items waiting too long for news, most overdue first (then by id). `heard` items are
 * overdue when more than `heardWithinDays` have passed since they arrived or were last
 * acknowledged; `in-progress` items after `updateEveryDays` without an update; `paused`
 * items after their own `updateEveryDays` (or the option's). Adopted and declined items are
 * never overdue.
 */
export function overdueLoopItems(items: readonly LoopItem[], options: OverdueLoopOptions): OverdueLoopItem[] {
  if (typeof options !== 'object' || options === null) {
    throw invalid('wrong-type', '', t('Please give the options, with today’s date.', 'Veuillez donner les options, avec la date du jour.'));
  }
  const today = readCalendarDay(options.today, 'today');
  const heardWithin = readInteger(options.heardWithinDays ?? DEFAULT_HEARD_WITHIN_DAYS, 'heardWithinDays', { min: 0, max: 36_500 });
  const updateEvery = readInteger(options.updateEveryDays ?? DEFAULT_UPDATE_EVERY_DAYS, 'updateEveryDays', { min: 0, max: 36_500 });

  const overdue: OverdueLoopItem[] = [];
  for (const item of items) {
    let allowedDays: number;
    if (item.status === 'heard') allowedDays = heardWithin;
    else if (item.status === 'in-progress') allowedDays = updateEvery;
    else if (item.status === 'paused') allowedDays = item.updateEveryDays ?? updateEvery;
    else continue;
    const daysOverdue = daysFromTo(item.lastUpdateOn, today) - allowedDays;
    if (daysOverdue > 0) overdue.push({ item, dueOn: addDaysToDay(item.lastUpdateOn, allowedDays), daysOverdue });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.item.id, b.item.id));
}

/** One section of a "you said, we did" report before items are sorted into it. */
export interface LoopDigestHeading {
  /** The status of the items the section gathers. */
  readonly status: LoopStatus;
  /** The section heading. */
  readonly heading: LocalizedText;
}

/** The order and headings of a "you said, we did" report. */
export const LOOP_DIGEST_SECTIONS: readonly LoopDigestHeading[] = Object.freeze([
  { status: 'adopted', heading: t('What we did', 'Ce que nous avons fait') },
  { status: 'declined', heading: t('What we did not do, and why', 'Ce que nous n’avons pas fait, et pourquoi') },
  { status: 'in-progress', heading: t('We are working on it', 'Nous y travaillons') },
  { status: 'paused', heading: t('On hold for now', 'En pause pour le moment') },
  { status: 'heard', heading: t('We heard you and will follow up', 'Nous vous avons entendus et vous donnerons des nouvelles') },
]);

/** The title of a "you said, we did" report. */
export const LOOP_DIGEST_TITLE: LocalizedText = t('You said, we did', 'Vous avez dit, nous avons fait');

/** One group of a {@link LoopDigest}. */
export interface LoopDigestSection {
  /** The status of the items in this section. */
  readonly status: LoopStatus;
  /** The section heading. */
  readonly heading: LocalizedText;
  /** How many items the section holds. */
  readonly count: number;
  /** Most recently updated first (then by id). */
  readonly items: readonly LoopItem[];
}

/** Loop items grouped by outcome for a "you said, we did" report. */
export interface LoopDigest {
  /** The report title. */
  readonly title: LocalizedText;
  /** How many items in all. */
  readonly total: number;
  /** Always five sections, in the order of {@link LOOP_DIGEST_SECTIONS}, empty ones included. */
  readonly sections: readonly LoopDigestSection[];
}

/** Groups loop items by outcome: done, not done (with why), in progress, on hold, heard. */
export function loopDigest(items: readonly LoopItem[]): LoopDigest {
  const groups = new Map<LoopStatus, LoopItem[]>(LOOP_STATUSES.map((status) => [status, []]));
  for (const item of items) groups.get(item.status)?.push(item);
  const sections = LOOP_DIGEST_SECTIONS.map(({ status, heading }) => {
    const list = (groups.get(status) ?? []).sort(
      (a, b) => compareText(b.lastUpdateOn, a.lastUpdateOn) || compareText(a.id, b.id),
    );
    return { status, heading, count: list.length, items: list };
  });
  return { title: LOOP_DIGEST_TITLE, total: items.length, sections };
}
