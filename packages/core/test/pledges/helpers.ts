import { ValidationError } from '../../src/shared/errors.js';
import type { Pledge } from '../../src/pledges/index.js';

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

export function pledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    id: 'pl1',
    wallId: 'town-hall',
    text: 'asking a patient partner to co-chair our next meeting',
    nameConsent: false,
    followUpDays: 30,
    followUpOn: '2026-03-02',
    status: 'made',
    joinCount: 0,
    createdAt: '2026-01-31T10:00:00.000Z',
    updatedAt: '2026-01-31T10:00:00.000Z',
    ...overrides,
  };
}
