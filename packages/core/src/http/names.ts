/** Finding names in a change, so that nothing naming a person is ever kept in the outbox. */

/** How deep {@link holdsName} looks into nested objects and lists. */
const MAX_DEPTH = 32;

/**
 * True when `value` (a JSON value) holds a non-empty `name` anywhere: a pledge shown with
 * its maker's name, or an assessment whose roster names its members.
 */
export function holdsName(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsName(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (key === 'name' && typeof item === 'string' && item.trim() !== '') return true;
    if (holdsName(item, depth + 1)) return true;
  }
  return false;
}
