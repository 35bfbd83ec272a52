import { expect } from 'vitest';
import type { ErrorCode, ValidationError } from '../../src/shared/errors.js';
import { errorOf } from '../support.js';

/** Runs `action` and checks it throws a ValidationError naming `field` (and `code` when given). */
export function expectValidationError(action: () => unknown, field: string, code?: ErrorCode): ValidationError {
  const error = errorOf(action);
  expect(error.field).toBe(field);
  if (code !== undefined) expect(error.code).toBe(code);
  return error;
}
