/**
 * Change between two matrix assessments of the same group: seed 003_29976c84f60395a4.txt
 * recommends repeating the assessment from time to time to see progress.
 */
import { analyseMatrix, type MatrixAnalysis } from './analyse.js';
import { MATRIX_CELLS, type CellRef, type PhaseId, type PlaceId } from './framework.js';
import type { Activity } from './types.js';

/** How one cell changed between two assessments. */
export interface CellChange {
  /** The row of the cell. */
  readonly place: PlaceId;
  /** The column of the cell. */
  readonly phase: PhaseId;
  /** Activities in the cell before. */
  readonly before: number;
  /** Activities in the cell after. */
  readonly after: number;
  /** `after - before`. */
  readonly change: number;
}

/** How a count of filled cells (or places, or phases) changed. */
export interface CountChange {
  /** The value before. */
  readonly before: number;
  /** The value after. */
  readonly after: number;
  /** `after - before`. */
  readonly change: number;
}

/** The result of {@link compareMatrix}. */
export interface MatrixComparison {
  /** All 16 cells in matrix order (place by place, phase by phase). */
  readonly cells: readonly CellChange[];
  /** Cells empty before and filled after. */
  readonly newlyFilled: readonly CellRef[];
  /** Cells filled before and empty after. */
  readonly newlyEmptied: readonly CellRef[];
  /** Filled cells of 16, before and after. */
  readonly filledCells: CountChange;
  /** Overall coverage ratio (0–1), before and after. */
  readonly coverage: CountChange;
  /** Places with at least one activity, before and after. */
  readonly placesReached: CountChange;
  /** Phases with at least one activity, before and after. */
  readonly phasesReached: CountChange;
  /** Activities counted, before and after. */
  readonly total: CountChange;
}

function change(before: number, after: number): CountChange {
  return { before, after, change: after - before };
}

function asAnalysis(input: MatrixAnalysis | readonly Activity[]): MatrixAnalysis {
  return Array.isArray(input) ? analyseMatrix(input as readonly Activity[]) : (input as MatrixAnalysis);
}

/**
 * Compares two assessments, given as analyses (from `analyseMatrix`) or as validated
 * activity lists: the change in every cell, the cells newly filled or newly emptied, and the
 * change in coverage.
 */
export function compareMatrix(
  before: MatrixAnalysis | readonly Activity[],
  after: MatrixAnalysis | readonly Activity[],
): MatrixComparison {
  const a = asAnalysis(before);
  const b = asAnalysis(after);
  const cells: CellChange[] = [];
  const newlyFilled: CellRef[] = [];
  const newlyEmptied: CellRef[] = [];
  for (const { place, phase } of MATRIX_CELLS) {
    const was = a.counts[place][phase];
    const now = b.counts[place][phase];
    cells.push({ place, phase, before: was, after: now, change: now - was });
    if (was === 0 && now > 0) newlyFilled.push({ place, phase });
    if (was > 0 && now === 0) newlyEmptied.push({ place, phase });
  }
  return {
    cells,
    newlyFilled,
    newlyEmptied,
    filledCells: change(a.filledCells, b.filledCells),
    coverage: change(a.coverage.overall.ratio, b.coverage.overall.ratio),
    placesReached: change(a.robustness.placesReached, b.robustness.placesReached),
    phasesReached: change(a.robustness.phasesReached, b.robustness.phasesReached),
    total: change(a.total, b.total),
  };
}
