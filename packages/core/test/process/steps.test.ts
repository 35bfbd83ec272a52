import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/shared/errors.js';
import {
  PROCESS_ITEM_IDS,
  PROCESS_STEPS,
  SELECTION_CRITERIA,
  SELECTION_RATING_LABELS,
  SELECTION_RATINGS,
  processProgress,
  readProcessChecklist,
  type ProcessChecklist,
} from '../../src/process/index.js';
import { errorOf, KEBAB_CASE } from '../support.js';

describe('process steps', () => {
  it('are the four steps of seed 001 in order, each with 3–6 items', () => {
    expect(PROCESS_STEPS.map((step) => step.id)).toEqual(['awareness', 'selection-and-preparation', 'carrying-out-the-mandate', 'assessing-engagement']);
    for (const step of PROCESS_STEPS) {
      expect(step.items.length).toBeGreaterThanOrEqual(3);
      expect(step.items.length).toBeLessThanOrEqual(6);
      for (const item of step.items) {
        const [prefix, slug] = item.id.split('.');
        expect(prefix).toBe(step.id);
        expect(slug).toMatch(KEBAB_CASE);
      }
    }
    expect(new Set(PROCESS_ITEM_IDS).size).toBe(PROCESS_ITEM_IDS.length);
  });

  it('have English and French text everywhere', () => {
    for (const step of PROCESS_STEPS) {
      for (const text of [step.label, step.description, ...step.items.map((item) => item.text)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.fr.trim()).not.toBe('');
      }
    }
  });
});

describe('selection criteria', () => {
  it('are twelve, with unique kebab-case ids and text in both languages', () => {
    expect(SELECTION_CRITERIA).toHaveLength(12);
    expect(new Set(SELECTION_CRITERIA.map((criterion) => criterion.id)).size).toBe(12);
    for (const criterion of SELECTION_CRITERIA) {
      expect(criterion.id).toMatch(KEBAB_CASE);
      expect(criterion.text.en.trim()).not.toBe('');
      expect(criterion.text.fr.trim()).not.toBe('');
    }
    for (const rating of SELECTION_RATINGS) expect(SELECTION_RATING_LABELS[rating].fr).not.toBe('');
  });
});

describe('processProgress', () => {
  it('starts at awareness with nothing done', () => {
    const progress = processProgress({});
    expect(progress.nextStepId).toBe('awareness');
    expect(progress.done).toBe(0);
    expect(progress.total).toBe(PROCESS_ITEM_IDS.length);
    expect(progress.steps.map((step) => step.total)).toEqual([4, 5, 6, 4]);
  });

  it('counts done items per step and names the first unfinished step', () => {
    const done: ProcessChecklist = {
      'awareness.leaders-committed': true,
      'awareness.resources-set-aside': true,
      'awareness.communications-plan': true,
      'awareness.staff-informed': true,
      'selection-and-preparation.mandate-first': true,
      'selection-and-preparation.joint-training': false,
      'assessing-engagement.halfway-check': true,
    };
    const progress = processProgress(done);
    expect(progress.steps).toEqual([
      { stepId: 'awareness', done: 4, total: 4, complete: true },
      { stepId: 'selection-and-preparation', done: 1, total: 5, complete: false },
      { stepId: 'carrying-out-the-mandate', done: 0, total: 6, complete: false },
      { stepId: 'assessing-engagement', done: 1, total: 4, complete: false },
    ]);
    expect(progress.nextStepId).toBe('selection-and-preparation');
    expect(progress.done).toBe(6);
  });

  it('has no next step when everything is done', () => {
    const all = Object.fromEntries(PROCESS_ITEM_IDS.map((id) => [id, true])) as ProcessChecklist;
    const progress = processProgress(all);
    expect(progress.nextStepId).toBeNull();
    expect(progress.done).toBe(progress.total);
  });

  it('reads a checklist and refuses unknown items by name', () => {
    expect(readProcessChecklist({ 'awareness.leaders-committed': true })).toEqual({ 'awareness.leaders-committed': true });
    const error = errorOf(() => readProcessChecklist({ 'awareness.unknown': true }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('done.awareness.unknown');
    expect(() => readProcessChecklist({ 'awareness.leaders-committed': 'yes' })).toThrow(ValidationError);
  });
});
