/** Orders text by code unit, the same on every machine (no locale rules); for stable sorting. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
