/**
 * The Framework for Patient-Professional Partnership matrix (seed 003_29976c84f60395a4.txt):
 * places × phases, built-in example activities, validation, analysis, comparison and export.
 * @module
 */
export {
  PLACE_IDS,
  PHASE_IDS,
  PLACES,
  PHASES,
  MATRIX_SIZE,
  CELL_COUNT,
  PLACE_INDEX,
  PHASE_INDEX,
  MATRIX_CELLS,
  cellIndex,
  placeById,
  phaseById,
  type PlaceId,
  type PhaseId,
  type Place,
  type Phase,
  type CellRef,
} from './framework.js';
export { CELL_EXAMPLES, CELL_EXAMPLE_LIST, CELL_EXAMPLES_BY_INDEX, examplesFor, type CellExample } from './examples.js';
export {
  MAX_ACTIVITY_TITLE,
  MAX_ACTIVITY_NOTE,
  MAX_ASSESSMENT_TITLE,
  MAX_ACTIVITIES,
  type Activity,
  type MatrixAssessment,
} from './types.js';
export { readActivity, readMatrixAssessment } from './read.js';
export {
  analyseMatrix,
  analyseCounts,
  countActivities,
  EVALUATE_ONLY_MESSAGE,
  ROBUSTNESS_HINTS,
  type MatrixAnalysis,
  type Coverage,
  type EmptyCell,
  type Robustness,
  type RobustnessHints,
} from './analyse.js';
export { compareMatrix, type MatrixComparison, type CellChange, type CountChange } from './compare.js';
export {
  matrixRows,
  matrixToCsv,
  activityRows,
  activitiesToCsv,
  MATRIX_CSV_HEADER,
  ACTIVITIES_CSV_HEADER,
  type MatrixCellRow,
  type ActivityRow,
} from './export.js';
