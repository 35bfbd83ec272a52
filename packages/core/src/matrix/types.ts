import type { PhaseId, PlaceId } from './framework.js';

/** Most characters in an activity's title. */
export const MAX_ACTIVITY_TITLE = 200;

/** Most characters in an activity's note. */
export const MAX_ACTIVITY_NOTE = 2000;

/** Most characters in an assessment's title. */
export const MAX_ASSESSMENT_TITLE = 200;

/** Most activities one assessment may list. */
export const MAX_ACTIVITIES = 100_000;

/**
 * Something patients take part in today, placed in one cell of the matrix (seed
 * 003_29976c84f60395a4.txt): where it happens and in which phase of the work.
 */
export interface Activity {
  /** Id of the activity, unique within its assessment. */
  readonly id: string;
  /** Where in the health system it happens. */
  readonly place: PlaceId;
  /** When in the project patients take part. */
  readonly phase: PhaseId;
  /** Free text, 1–200 characters, trimmed. Shown as text, never as markup. */
  readonly title: string;
  /** Optional free text, up to 2000 characters, line breaks allowed. */
  readonly note?: string;
}

/**
 * A snapshot of where patients take part, on one day. Repeat it from time to time and
 * compare snapshots to see progress (seed 003 recommends periodic assessments).
 */
export interface MatrixAssessment {
  /** Id of the assessment. */
  readonly id: string;
  /** Optional free text, 1–200 characters. */
  readonly title?: string;
  /** The day of the assessment, `YYYY-MM-DD`. */
  readonly assessedOn: string;
  /** Activities, each with a unique id. */
  readonly activities: readonly Activity[];
}
