/** Validators for parity records coming from outside (forms, requests, stored files). */
import { readDay, readEnum, readId, readKeyedRecord, readObject } from '../shared/validate.js';
import { PARITY_ANSWER_IDS, type ParityAnswers } from './answers.js';
import { PARITY_ITEM_IDS } from './factors.js';
import { readRoster } from './roster.js';
import type { ParityAssessment } from './types.js';

const ASSESSMENT_KEYS = ['id', 'teamId', 'assessedOn', 'answers', 'roster'] as const;

/**
 * Reads parity answers: an object whose keys are item ids and whose values are answers.
 * An unknown item id is refused, naming the field `answers.<itemId>` (with the default
 * `field`).
 */
export function readParityAnswers(input: unknown, field = 'answers'): ParityAnswers {
  return readKeyedRecord(input, field, PARITY_ITEM_IDS, (value, valueField) => readEnum(value, valueField, PARITY_ANSWER_IDS));
}

/**
 * Reads a parity assessment from untrusted input: id, optional team id, the day
 * (`YYYY-MM-DD`), the answers and an optional roster. Throws a `ValidationError` naming the
 * field, e.g. `answers.numbers.balance` or `roster.2.side`.
 */
export function readParityAssessment(input: unknown): ParityAssessment {
  const raw = readObject(input, '', ASSESSMENT_KEYS);
  const id = readId(raw.id, 'id');
  const teamId = raw.teamId === undefined ? undefined : readId(raw.teamId, 'teamId');
  const assessedOn = readDay(raw.assessedOn, 'assessedOn');
  const answers = readParityAnswers(raw.answers, 'answers');
  const roster = raw.roster === undefined ? undefined : readRoster(raw.roster, 'roster');
  return {
    id,
    ...(teamId === undefined ? {} : { teamId }),
    assessedOn,
    answers,
    ...(roster === undefined ? {} : { roster }),
  };
}

