/**
 * Field paths, the dotted names errors use to point at a field (`rungs.2.label`). Apart from
 * the readers, so that code naming a field does not load them.
 */

/** Joins a parent field path and a child key: `fieldPath('items', 3)` is `items.3`. */
export function fieldPath(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}
