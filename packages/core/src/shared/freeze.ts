/** Freezing values, so what the SDK shares (built-in tables, stored data) cannot be changed. */

/**
 * Freezes `value` and every object and array inside it, then returns it. A value is frozen
 * before its children, and parts already frozen are not walked again, so a cycle ends.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
