/** Validators for matrix records coming from outside (forms, requests, stored files). */
import { fieldPath, readArray, readDay, readEnum, readId, readObject, readString, assertUniqueIds } from '../shared/validate.js';
import { PHASE_IDS, PLACE_IDS } from './framework.js';
import {
  MAX_ACTIVITIES,
  MAX_ACTIVITY_NOTE,
  MAX_ACTIVITY_TITLE,
  MAX_ASSESSMENT_TITLE,
  type Activity,
  type MatrixAssessment,
} from './types.js';

const ACTIVITY_KEYS = ['id', 'place', 'phase', 'title', 'note'] as const;
const ASSESSMENT_KEYS = ['id', 'title', 'assessedOn', 'activities'] as const;

/**
 * Reads one activity from untrusted input. Throws a `ValidationError` naming the field
 * (prefixed with `field` when the activity sits inside a larger record).
 */
export function readActivity(input: unknown, field = ''): Activity {
  const raw = readObject(input, field, ACTIVITY_KEYS);
  const activity: Activity = {
    id: readId(raw.id, fieldPath(field, 'id')),
    place: readEnum(raw.place, fieldPath(field, 'place'), PLACE_IDS),
    phase: readEnum(raw.phase, fieldPath(field, 'phase'), PHASE_IDS),
    title: readString(raw.title, fieldPath(field, 'title'), { max: MAX_ACTIVITY_TITLE }),
  };
  if (raw.note === undefined) return activity;
  const note = readString(raw.note, fieldPath(field, 'note'), { min: 0, max: MAX_ACTIVITY_NOTE, multiline: true });
  return note === '' ? activity : { ...activity, note };
}

/**
 * Reads a matrix assessment from untrusted input: id, optional title, the day
 * (`YYYY-MM-DD`) and up to 100,000 activities with unique ids. Throws a `ValidationError`
 * naming the field, e.g. `activities.3.phase`.
 */
export function readMatrixAssessment(input: unknown): MatrixAssessment {
  const raw = readObject(input, '', ASSESSMENT_KEYS);
  const id = readId(raw.id, 'id');
  const title = raw.title === undefined ? undefined : readString(raw.title, 'title', { max: MAX_ASSESSMENT_TITLE });
  const assessedOn = readDay(raw.assessedOn, 'assessedOn');
  const activities = readArray(raw.activities, 'activities', { max: MAX_ACTIVITIES }, readActivity);
  assertUniqueIds(activities, 'activities', (activity) => activity.id);
  return title === undefined ? { id, assessedOn, activities } : { id, title, assessedOn, activities };
}
