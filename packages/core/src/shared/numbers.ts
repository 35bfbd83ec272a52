/**
 * Readers for numbers from untrusted input. Apart from the other readers, so that code that
 * only checks a few numbers (such as roster limits) does not load them all; they are also
 * exported from `validate.js` with the rest.
 */
import { invalid } from './errors.js';
import { t } from './text.js';

/** Options for {@link readNumber} and {@link readInteger}. */
export interface NumberRules {
  /** Smallest value allowed. */
  readonly min?: number;
  /** Largest value allowed. */
  readonly max?: number;
}

/** Reads a finite number within optional bounds. */
export function readNumber(value: unknown, field: string, rules: NumberRules = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid('wrong-type', field, t('This should be a number.', 'Ceci devrait être un nombre.'));
  }
  if (rules.min !== undefined && value < rules.min) {
    throw invalid('too-small', field, t('This should be at least {min}.', 'Ceci devrait valoir au moins {min}.'), { min: rules.min });
  }
  if (rules.max !== undefined && value > rules.max) {
    throw invalid('too-large', field, t('This should be at most {max}.', 'Ceci devrait valoir au plus {max}.'), { max: rules.max });
  }
  return value;
}

/** Reads a whole number within optional bounds. */
export function readInteger(value: unknown, field: string, rules: NumberRules = {}): number {
  const number = readNumber(value, field, rules);
  if (!Number.isInteger(number)) {
    throw invalid('not-an-integer', field, t('This should be a whole number.', 'Ceci devrait être un nombre entier.'));
  }
  return number;
}
