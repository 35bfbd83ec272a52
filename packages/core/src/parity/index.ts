/**
 * Parity (seed 003_29976c84f60395a4.txt, with team composition from seed
 * 001_5c14ab15c4889788.txt): the seven factors and their checklists, answers, validation,
 * scores, the roster check, comparison and export.
 * @module
 */
export {
  PARITY_FACTORS,
  PARITY_FACTOR_IDS,
  PARITY_ITEM_IDS,
  parityFactorById,
  isParityItemId,
  type ParityFactor,
  type ParityItem,
  type ParityFactorId,
  type ParityItemId,
} from './factors.js';
export {
  PARITY_ANSWER_IDS,
  PARITY_ANSWER_VALUES,
  PARITY_ANSWER_LABELS,
  type ParityAnswer,
  type ParityAnswers,
} from './answers.js';
export type { ParityAssessment } from './types.js';
export { readParityAnswers, readParityAssessment } from './read.js';
export { personalAssessmentId } from './assessment-id.js';
export {
  ROSTER_SIDES,
  MAX_ROSTER_MEMBERS,
  MAX_MEMBER_NAME,
  DEFAULT_ROSTER_LIMITS,
  ROSTER_FINDING_IDS,
  ROSTER_MESSAGES,
  readRosterMember,
  readRoster,
  checkRoster,
  rosterNumbersAnswers,
  rosterFromCounts,
  type RosterSide,
  type RosterMember,
  type Roster,
  type RosterLimits,
  type RosterFindingId,
  type RosterFinding,
  type RosterCheck,
  type RosterNumbersAnswers,
  type RosterCounts,
} from './roster.js';
export {
  scoreParity,
  scoreParityAssessment,
  DEFAULT_MAX_SUGGESTIONS,
  type FactorScore,
  type ParityScore,
  type ParitySuggestion,
  type ScoreParityOptions,
} from './score.js';
export { compareParity, type ParityComparison, type FactorChange, type ScoreChange } from './compare.js';
export { parityRows, parityToCsv, PARITY_CSV_HEADER, type ParityRow } from './export.js';
