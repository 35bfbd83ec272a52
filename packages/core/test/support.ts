/**
 * Helpers shared by every test folder: catching the error a call throws or a promise
 * rejects with, checking that a reader refuses bad input only with a ValidationError, and
 * fast-check arbitraries for hostile input. Nothing here imports a test runner, so the
 * Vitest tests (test/) and the browser tests (test-browser/) can both use it: a helper fails
 * its test by throwing.
 */
import fc from 'fast-check';
import { ValidationError } from '../src/shared/errors.js';

/** Kebab-case slugs, the form of every built-in id (`direct-care`, `power-balance`). */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Runs `run` and returns the ValidationError it throws. Fails the test when it throws
 * something else, or nothing.
 */
export function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw new Error(`Expected a ValidationError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected a ValidationError, but nothing was thrown');
}

/**
 * Awaits `promise` and returns the error it rejects with, whatever its kind (check it with
 * `toBeInstanceOf`). Fails the test when the promise resolves. `E` only types the result.
 */
export async function rejectionOf<E extends Error = Error & { code?: string; field?: string }>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('Expected a rejection, but the promise resolved.');
}

/**
 * Calls `read` on `input` and returns what it returns, or `undefined` when it throws a
 * ValidationError. Fails the test when it throws anything else: readers of outside input
 * must refuse it only with a ValidationError.
 */
export function onlyValidationErrors<T>(read: (input: unknown) => T, input: unknown): T | undefined {
  try {
    return read(input);
  } catch (error) {
    if (error instanceof ValidationError) return undefined;
    throw new Error(`Expected only a ValidationError, got ${String(error)}`, { cause: error });
  }
}

/** A value as it comes back from JSON text: what a store or a request would hand a reader. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Keys that could reach an object's prototype: every reader must refuse them. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Objects from `base` with one of {@link HOSTILE_KEYS} added as an own, enumerable key (the
 * way `JSON.parse` makes a `__proto__` key), holding a value from `value` (default: anything).
 */
export function withHostileKey(
  base: fc.Arbitrary<Record<string, unknown>>,
  value: fc.Arbitrary<unknown> = fc.anything(),
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(base, fc.constantFrom(...HOSTILE_KEYS), value).map(([object, key, hostile]) => {
    const copy: Record<string, unknown> = { ...object };
    Object.defineProperty(copy, key, { value: hostile, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

/** Values for one field of near-valid input: usually from `good`, sometimes anything at all. */
export function mostly<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });
}
