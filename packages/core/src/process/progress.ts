/** Progress through the four-step process (seed 001_5c14ab15c4889788.txt). */
import { readBoolean, readKeyedRecord } from '../shared/validate.js';
import { PROCESS_ITEM_IDS, PROCESS_STEPS, type ProcessItemId, type ProcessStepId } from './steps.js';

/** Which checklist items are done, by item id; a missing item is not done. */
export type ProcessChecklist = Readonly<Partial<Record<ProcessItemId, boolean>>>;

/** One step's progress. */
export interface StepProgress {
  /** The step. */
  readonly stepId: ProcessStepId;
  /** Items of the step that are done. */
  readonly done: number;
  /** Items in the step. */
  readonly total: number;
  /** True when every item of the step is done. */
  readonly complete: boolean;
}

/** The result of {@link processProgress}. */
export interface ProcessProgress {
  /** The four steps in order. */
  readonly steps: readonly StepProgress[];
  /** The first step that is not complete (the one to work on), or `null` when all are. */
  readonly nextStepId: ProcessStepId | null;
  /** Items done, over all steps. */
  readonly done: number;
  /** Items over all steps. */
  readonly total: number;
}

/**
 * Reads a checklist (`{ itemId: true | false }`) from untrusted input. An unknown item id is
 * refused, naming the field `<field>.<itemId>`.
 */
export function readProcessChecklist(input: unknown, field = 'done'): ProcessChecklist {
  return readKeyedRecord(input, field, PROCESS_ITEM_IDS, readBoolean);
}

/**
 * Counts done items per step and names the next step to work on: the first one, in order,
 * that still has items left. Only `true` counts as done; unknown ids are ignored.
 */
export function processProgress(done: ProcessChecklist): ProcessProgress {
  let doneTotal = 0;
  let total = 0;
  let nextStepId: ProcessStepId | null = null;
  const steps = PROCESS_STEPS.map((step) => {
    const count = step.items.filter((item) => done[item.id as ProcessItemId] === true).length;
    const complete = count === step.items.length;
    if (!complete && nextStepId === null) nextStepId = step.id;
    doneTotal += count;
    total += step.items.length;
    return { stepId: step.id, done: count, total: step.items.length, complete };
  });
  return { steps, nextStepId, done: doneTotal, total };
}
