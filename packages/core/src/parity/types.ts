import type { ParityAnswers } from './answers.js';
import type { Roster } from './roster-check.js';

/**
 * A team's parity self-assessment on one day (seed 003_29976c84f60395a4.txt): its answers to
 * the checklists of the seven factors, and optionally who sits on the team.
 */
export interface ParityAssessment {
  /** Id of the assessment. */
  readonly id: string;
  /** The team assessed, when the assessment belongs to one. */
  readonly teamId?: string;
  /** The day of the assessment, `YYYY-MM-DD`. */
  readonly assessedOn: string;
  /** Answers by item id; unanswered items are missing. */
  readonly answers: ParityAnswers;
  /** The team's members, used to suggest answers for the "numbers" factor. */
  readonly roster?: Roster;
}
