/**
 * What a list of activities says about partnership (seed 003_29976c84f60395a4.txt): how many
 * activities sit in each cell, how much of the matrix is covered, the earliest phase reached
 * at each place, which cells are empty (with suggestions), and two warning signs the source
 * names — everything crowded into the evaluate phase, and activities that span few places
 * and phases (partnership is more robust when it spans several of both).
 */
import { t, formatText, type LocalizedText } from '../shared/text.js';
import { examplesFor, type CellExample } from './examples.js';
import {
  CELL_COUNT,
  MATRIX_SIZE,
  PHASE_IDS,
  PHASE_INDEX,
  PLACE_IDS,
  PLACE_INDEX,
  type PhaseId,
  type PlaceId,
} from './framework.js';
import type { Activity } from './types.js';

/** How much of a set of cells holds at least one activity. */
export interface Coverage {
  /** Cells with at least one activity. */
  readonly filled: number;
  /** Cells in the set (16 for the whole matrix, 4 for a row or a column). */
  readonly total: number;
  /** `filled / total`, from 0 to 1. */
  readonly ratio: number;
}

/** An empty cell and the built-in activities that could fill it. */
export interface EmptyCell {
  /** The row of the empty cell. */
  readonly place: PlaceId;
  /** The column of the empty cell. */
  readonly phase: PhaseId;
  /** Built-in examples of activities for this cell. */
  readonly suggestions: readonly CellExample[];
}

/** How widely the activities spread: seed 003 calls partnership more robust when they span several places and phases. */
export interface Robustness {
  /** Places with at least one activity (0–4). */
  readonly placesReached: number;
  /** Phases with at least one activity (0–4). */
  readonly phasesReached: number;
  /** True when at least two places and at least two phases are reached. */
  readonly spansSeveral: boolean;
  /** A plain hint about the spread, ready to show. */
  readonly hint: LocalizedText;
}

/** The result of {@link analyseMatrix}: plain data, safe to store or send as JSON. */
export interface MatrixAnalysis {
  /** Activities counted (those with a known place and phase). */
  readonly total: number;
  /** Activities per cell: `counts[place][phase]`. Every cell is present. */
  readonly counts: Readonly<Record<PlaceId, Readonly<Record<PhaseId, number>>>>;
  /** Cells with at least one activity (0–16). */
  readonly filledCells: number;
  /** How many cells are filled, overall, per place and per phase. */
  readonly coverage: {
    /** Filled cells of 16. */
    readonly overall: Coverage;
    /** Per place (row): filled phases of 4. */
    readonly byPlace: Readonly<Record<PlaceId, Coverage>>;
    /** Per phase (column): filled places of 4. */
    readonly byPhase: Readonly<Record<PhaseId, Coverage>>;
  };
  /** Per place, the earliest phase with an activity, or `null` when the place has none. */
  readonly earliestPhaseByPlace: Readonly<Record<PlaceId, PhaseId | null>>;
  /** Empty cells, place by place then phase by phase, each with the built-in suggestions. */
  readonly emptyCells: readonly EmptyCell[];
  /** True when there are activities and every one of them is in the evaluate phase. */
  readonly evaluateOnly: boolean;
  /** {@link EVALUATE_ONLY_MESSAGE} when `evaluateOnly` is true, otherwise `null`. */
  readonly evaluateOnlyMessage: LocalizedText | null;
  /** How widely the activities spread over places and phases. */
  readonly robustness: Robustness;
}

/** The warning shown when patients only take part once the work is done. */
export const EVALUATE_ONLY_MESSAGE: LocalizedText = t(
  'Patients only take part once the work is done, to give feedback. Try to involve them earlier: when choosing the problem, planning or doing the work.',
  'Les patients participent seulement une fois le travail terminé, pour donner leur avis. Essayez de les faire participer plus tôt : au choix du problème, à la planification ou à la réalisation.',
);

/** The texts of {@link ROBUSTNESS_HINTS}. `{places}` and `{phases}` are filled in with counts. */
export interface RobustnessHints {
  /** When there are no activities yet. */
  readonly none: LocalizedText;
  /** When there are activities, but they reach only one place or only one phase. */
  readonly narrow: LocalizedText;
  /** When activities reach at least two places and at least two phases. */
  readonly several: LocalizedText;
}

/** Hints about how widely activities spread, picked by {@link analyseMatrix}. */
export const ROBUSTNESS_HINTS: RobustnessHints = Object.freeze({
  none: t(
    'No activities yet. Start by listing where patients take part today.',
    'Aucune activité pour l’instant. Commencez par noter où les patients participent aujourd’hui.',
  ),
  narrow: t(
    'Patients take part at {places} of 4 places and in {phases} of 4 phases. Partnership is stronger when it reaches several places and several phases.',
    'Les patients participent à {places} des 4 niveaux et à {phases} des 4 étapes. Le partenariat est plus solide quand il touche plusieurs niveaux et plusieurs étapes.',
  ),
  several: t(
    'Patients take part at {places} of 4 places and in {phases} of 4 phases. Keep widening: look at the empty cells.',
    'Les patients participent à {places} des 4 niveaux et à {phases} des 4 étapes. Continuez d’élargir : regardez les cases vides.',
  ),
});

/** Turns a 16-slot count list (place * 4 + phase) into a `place → phase → count` record. */
function countsRecord(cells: ArrayLike<number>): Record<PlaceId, Record<PhaseId, number>> {
  const counts = {} as Record<PlaceId, Record<PhaseId, number>>;
  for (let p = 0; p < MATRIX_SIZE; p += 1) {
    const row = {} as Record<PhaseId, number>;
    for (let f = 0; f < MATRIX_SIZE; f += 1) row[PHASE_IDS[f] as PhaseId] = cells[p * MATRIX_SIZE + f] ?? 0;
    counts[PLACE_IDS[p] as PlaceId] = row;
  }
  return counts;
}

function coverage(filled: number, total: number): Coverage {
  return { filled, total, ratio: filled / total };
}

/**
 * Counts activities into the 16 cells in one pass. Activities whose place or phase is not a
 * known id are skipped (validated input never has them). Fast: 100,000 activities take a few
 * milliseconds.
 */
export function countActivities(activities: readonly Activity[]): Int32Array {
  const cells = new Int32Array(CELL_COUNT);
  const placeIndex = PLACE_INDEX as Readonly<Record<string, number>>;
  const phaseIndex = PHASE_INDEX as Readonly<Record<string, number>>;
  const length = activities.length;
  for (let i = 0; i < length; i += 1) {
    const activity = activities[i];
    if (activity === undefined) continue;
    const place = placeIndex[activity.place];
    const phase = phaseIndex[activity.phase];
    if (place === undefined || phase === undefined) continue;
    const slot = place * MATRIX_SIZE + phase;
    cells[slot] = (cells[slot] as number) + 1;
  }
  return cells;
}

/**
 * Analyses activities that were already validated (see `readActivity`). Returns counts per
 * cell, coverage, the earliest phase per place, empty cells with suggestions, the
 * evaluate-only warning and the spread across places and phases.
 */
export function analyseMatrix(activities: readonly Activity[]): MatrixAnalysis {
  return analyseCounts(countActivities(activities));
}

/**
 * The same analysis as {@link analyseMatrix}, from a 16-slot count list in
 * `place * 4 + phase` order (for callers that already hold counts).
 */
export function analyseCounts(cells: ArrayLike<number>): MatrixAnalysis {
  let total = 0;
  let filledCells = 0;
  const placeFilled = [0, 0, 0, 0];
  const phaseFilled = [0, 0, 0, 0];
  const earliest = {} as Record<PlaceId, PhaseId | null>;
  const emptyCells: EmptyCell[] = [];

  for (let p = 0; p < MATRIX_SIZE; p += 1) {
    const place = PLACE_IDS[p] as PlaceId;
    earliest[place] = null;
    for (let f = 0; f < MATRIX_SIZE; f += 1) {
      const phase = PHASE_IDS[f] as PhaseId;
      const count = cells[p * MATRIX_SIZE + f] ?? 0;
      total += count;
      if (count > 0) {
        filledCells += 1;
        placeFilled[p] = (placeFilled[p] ?? 0) + 1;
        phaseFilled[f] = (phaseFilled[f] ?? 0) + 1;
        if (earliest[place] === null) earliest[place] = phase;
      } else {
        emptyCells.push({ place, phase, suggestions: examplesFor(place, phase) });
      }
    }
  }

  const byPlace = {} as Record<PlaceId, Coverage>;
  PLACE_IDS.forEach((place, p) => (byPlace[place] = coverage(placeFilled[p] ?? 0, MATRIX_SIZE)));
  const byPhase = {} as Record<PhaseId, Coverage>;
  PHASE_IDS.forEach((phase, f) => (byPhase[phase] = coverage(phaseFilled[f] ?? 0, MATRIX_SIZE)));

  const evaluateColumn = PHASE_INDEX.evaluate;
  let inEvaluate = 0;
  for (let p = 0; p < MATRIX_SIZE; p += 1) inEvaluate += cells[p * MATRIX_SIZE + evaluateColumn] ?? 0;
  const evaluateOnly = total > 0 && inEvaluate === total;

  const placesReached = placeFilled.filter((n) => n > 0).length;
  const phasesReached = phaseFilled.filter((n) => n > 0).length;
  const spansSeveral = placesReached >= 2 && phasesReached >= 2;
  const hint =
    total === 0
      ? ROBUSTNESS_HINTS.none
      : formatText(spansSeveral ? ROBUSTNESS_HINTS.several : ROBUSTNESS_HINTS.narrow, {
          places: placesReached,
          phases: phasesReached,
        });

  return {
    total,
    counts: countsRecord(cells),
    filledCells,
    coverage: { overall: coverage(filledCells, CELL_COUNT), byPlace, byPhase },
    earliestPhaseByPlace: earliest,
    emptyCells,
    evaluateOnly,
    evaluateOnlyMessage: evaluateOnly ? EVALUATE_ONLY_MESSAGE : null,
    robustness: { placesReached, phasesReached, spansSeveral, hint },
  };
}
