// Small statistics helpers for the benchmark.

/** The value below which a share `q` (0–1) of the sorted numbers lie (nearest rank). */
export function percentile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
