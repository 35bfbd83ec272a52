import { expect } from 'vitest';
import { ValidationError, type ErrorCode } from '../../src/shared/errors.js';

/** Runs `action` and checks it throws a ValidationError naming `field` (and `code` when given). */
export function expectValidationError(action: () => unknown, field: string, code?: ErrorCode): ValidationError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  const error = caught as ValidationError;
  expect(error.field).toBe(field);
  if (code !== undefined) expect(error.code).toBe(code);
  return error;
}
