/** The answers a team gives to each parity checklist item, and what each one is worth. */
import { t, type LocalizedText } from '../shared/text.js';
import type { ParityItemId } from './factors.js';

/** The possible answers, from "not yet" to "fully", plus "does not apply to us". */
export const PARITY_ANSWER_IDS = ['not-yet', 'partly', 'fully', 'not-applicable'] as const;

/** One answer to a checklist item. */
export type ParityAnswer = (typeof PARITY_ANSWER_IDS)[number];

/**
 * What each answer counts for in a score: 0, 0.5 or 1. `not-applicable` has no value: the
 * item is left out of its factor's score.
 */
export const PARITY_ANSWER_VALUES: Readonly<Record<ParityAnswer, number | null>> = Object.freeze({
  'not-yet': 0,
  partly: 0.5,
  fully: 1,
  'not-applicable': null,
});

/** Labels for the answers, ready for a form. */
export const PARITY_ANSWER_LABELS: Readonly<Record<ParityAnswer, LocalizedText>> = Object.freeze({
  'not-yet': t('Not yet', 'Pas encore'),
  partly: t('Partly', 'En partie'),
  fully: t('Fully', 'Tout à fait'),
  'not-applicable': t('Does not apply to us', 'Ne s’applique pas à nous'),
});

/** A team's answers, by item id. An item that is missing has not been answered yet. */
export type ParityAnswers = Readonly<Partial<Record<ParityItemId, ParityAnswer>>>;
