import { ValidationError } from '../../src/shared/errors.js';
import type { Acknowledgement, Contribution } from '../../src/recognition/index.js';

/** Runs `fn` and returns the ValidationError it throws (fails the test otherwise). */
export function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw new Error(`Expected a ValidationError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected a ValidationError, but nothing was thrown');
}

export function contribution(overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: 'c1',
    partnerId: 'p1',
    project: 'Discharge checklist',
    role: 'Patient partner',
    date: '2026-01-10',
    hours: 2,
    kind: 'meeting',
    ...overrides,
  };
}

export function acknowledgement(overrides: Partial<Acknowledgement> = {}): Acknowledgement {
  return { id: 'a1', partnerId: 'p1', kind: 'thank-you', date: '2026-01-10', ...overrides };
}
