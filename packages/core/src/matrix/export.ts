/** Matrix results as plain rows for JSON and as CSV text for spreadsheets. */
import { toCsv } from '../export/csv.js';
import { localize, type Locale } from '../shared/text.js';
import { analyseMatrix, type MatrixAnalysis } from './analyse.js';
import { MATRIX_CELLS, phaseById, placeById, type PhaseId, type PlaceId } from './framework.js';
import type { Activity } from './types.js';

/** One cell of the matrix as a flat row, ready for JSON or CSV. */
export interface MatrixCellRow {
  /** Place id of the cell. */
  readonly place: PlaceId;
  /** Place label in the export language. */
  readonly placeLabel: string;
  /** Phase id of the cell. */
  readonly phase: PhaseId;
  /** Phase label in the export language. */
  readonly phaseLabel: string;
  /** Activities in the cell. */
  readonly activities: number;
  /** True when the cell has at least one activity. */
  readonly filled: boolean;
}

/** One activity as a flat row, ready for JSON or CSV. */
export interface ActivityRow {
  /** Id of the activity. */
  readonly id: string;
  /** Place id of the activity. */
  readonly place: PlaceId;
  /** Place label in the export language. */
  readonly placeLabel: string;
  /** Phase id of the activity. */
  readonly phase: PhaseId;
  /** Phase label in the export language. */
  readonly phaseLabel: string;
  /** Title of the activity. */
  readonly title: string;
  /** Note of the activity; empty when it has none. */
  readonly note: string;
}

/** Column names of {@link matrixToCsv}, in order. */
export const MATRIX_CSV_HEADER = ['place', 'place_label', 'phase', 'phase_label', 'activities', 'filled'] as const;

/** Column names of {@link activitiesToCsv}, in order. */
export const ACTIVITIES_CSV_HEADER = ['id', 'place', 'place_label', 'phase', 'phase_label', 'title', 'note'] as const;

/**
 * The 16 cells as plain rows (place by place, phase by phase), from an analysis or from
 * validated activities, with labels in the wanted language.
 */
export function matrixRows(input: MatrixAnalysis | readonly Activity[], locale: Locale = 'en'): MatrixCellRow[] {
  const analysis = Array.isArray(input) ? analyseMatrix(input as readonly Activity[]) : (input as MatrixAnalysis);
  return MATRIX_CELLS.map(({ place, phase }) => {
    const activities = analysis.counts[place][phase];
    return {
      place,
      placeLabel: localize(placeById(place).label, locale),
      phase,
      phaseLabel: localize(phaseById(phase).label, locale),
      activities,
      filled: activities > 0,
    };
  });
}

/** CSV text of the 16 cells with their activity counts (see {@link MATRIX_CSV_HEADER}). */
export function matrixToCsv(input: MatrixAnalysis | readonly Activity[], locale: Locale = 'en'): string {
  const rows = matrixRows(input, locale).map((row) => [
    row.place,
    row.placeLabel,
    row.phase,
    row.phaseLabel,
    row.activities,
    row.filled,
  ]);
  return toCsv({ header: MATRIX_CSV_HEADER, rows });
}

/** Activities as plain rows with labels in the wanted language (an absent note is empty text). */
export function activityRows(activities: readonly Activity[], locale: Locale = 'en'): ActivityRow[] {
  return activities.map((activity) => ({
    id: activity.id,
    place: activity.place,
    placeLabel: localize(placeById(activity.place).label, locale),
    phase: activity.phase,
    phaseLabel: localize(phaseById(activity.phase).label, locale),
    title: activity.title,
    note: activity.note ?? '',
  }));
}

/** CSV text with one line per activity (see {@link ACTIVITIES_CSV_HEADER}). */
export function activitiesToCsv(activities: readonly Activity[], locale: Locale = 'en'): string {
  const rows = activityRows(activities, locale).map((row) => [
    row.id,
    row.place,
    row.placeLabel,
    row.phase,
    row.phaseLabel,
    row.title,
    row.note,
  ]);
  return toCsv({ header: ACTIVITIES_CSV_HEADER, rows });
}
