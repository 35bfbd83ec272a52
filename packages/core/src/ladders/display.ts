/**
 * Results ready to show: per-rung rows with whole-number percentages, for elements, reports
 * and the demo page. Works on protected results only, so nothing hidden can leak through it.
 */
import { tallyStats } from './stats.js';
import type { Ladder, ProtectedResult, Rung } from './types.js';

/** One rung's line in a results table. */
export interface ResultRow {
  /** The rung this line is about. */
  readonly rung: Rung;
  /** Votes on this rung. */
  readonly count: number;
  /** Share of all votes on this rung, 0 to 1. */
  readonly share: number;
  /** The share as a whole percentage; the rows' percentages add up to 100. */
  readonly percent: number;
}

/** What a results view shows. */
export interface ResultView {
  /** How many votes in all. */
  readonly total: number;
  /** False when the group is too small to show the split: show `total` only. */
  readonly visible: boolean;
  /** Lowest rung first; empty when not visible. */
  readonly rows: readonly ResultRow[];
  /** The median rung; `null` when not visible or when there are no votes. */
  readonly medianRungId: string | null;
  /** The rung(s) with the most votes, lowest first; empty when not visible or when there are no votes. */
  readonly modalRungIds: readonly string[];
}

/**
 * Whole percentages that add up to 100 (largest remainder method), so a table never shows
 * 33 + 33 + 33 = 99. All zero when the total is zero.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  return floors;
}

/** Turns a protected result into rows and summary figures for display. */
export function viewResult(ladder: Ladder, result: ProtectedResult): ResultView {
  const counts = result.counts;
  if (counts === null) {
    return { total: result.total, visible: false, rows: [], medianRungId: null, modalRungIds: [] };
  }
  const values = ladder.rungs.map((rung) => counts[rung.id] ?? 0);
  const percents = wholePercents(values);
  const stats = tallyStats(ladder, { ladderId: ladder.id, counts });
  return {
    total: result.total,
    visible: true,
    rows: ladder.rungs.map((rung, index) => ({
      rung,
      count: values[index] ?? 0,
      share: result.total === 0 ? 0 : (values[index] ?? 0) / result.total,
      percent: percents[index] ?? 0,
    })),
    medianRungId: stats.medianRungId,
    modalRungIds: stats.modalRungIds,
  };
}
