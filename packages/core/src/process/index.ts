/**
 * The structured process for preparing teams to partner with patients (seed
 * 001_5c14ab15c4889788.txt): the four steps and their checklists, progress, the twelve
 * patient selection criteria, and agreement between the two members of a recruiting pair.
 * @module
 */
export {
  PROCESS_STEPS,
  PROCESS_STEP_IDS,
  PROCESS_ITEM_IDS,
  type ProcessStep,
  type ProcessItem,
  type ProcessStepId,
  type ProcessItemId,
} from './steps.js';
export {
  processProgress,
  readProcessChecklist,
  type ProcessChecklist,
  type ProcessProgress,
  type StepProgress,
} from './progress.js';
export {
  SELECTION_CRITERIA,
  SELECTION_CRITERION_IDS,
  type SelectionCriterion,
  type SelectionCriterionId,
} from './criteria.js';
export {
  SELECTION_RATINGS,
  SELECTION_RATING_LABELS,
  readSelectionReview,
  compareRecruiters,
  cohensKappa,
  type SelectionRating,
  type SelectionReview,
  type CriterionAgreement,
  type RecruiterComparison,
} from './selection.js';
