import { describe, expect, it } from 'vitest';
import {
  CELL_EXAMPLES,
  EVALUATE_ONLY_MESSAGE,
  PHASE_IDS,
  PLACE_IDS,
  analyseMatrix,
  compareMatrix,
  type Activity,
  type PhaseId,
  type PlaceId,
} from '../../src/matrix/index.js';

let next = 0;
function activity(place: PlaceId, phase: PhaseId): Activity {
  next += 1;
  return { id: `a${next}`, place, phase, title: `Activity ${next}` };
}

describe('analyseMatrix', () => {
  it('reports an empty matrix', () => {
    const result = analyseMatrix([]);
    expect(result.total).toBe(0);
    expect(result.filledCells).toBe(0);
    expect(result.coverage.overall).toEqual({ filled: 0, total: 16, ratio: 0 });
    expect(result.emptyCells).toHaveLength(16);
    expect(result.evaluateOnly).toBe(false);
    expect(result.evaluateOnlyMessage).toBeNull();
    expect(result.robustness.placesReached).toBe(0);
    expect(result.robustness.phasesReached).toBe(0);
    expect(result.robustness.spansSeveral).toBe(false);
    for (const place of PLACE_IDS) expect(result.earliestPhaseByPlace[place]).toBeNull();
  });

  it('counts, covers and finds the earliest phase (hand-checked example)', () => {
    const activities = [
      activity('direct-care', 'evaluate'),
      activity('direct-care', 'evaluate'),
      activity('direct-care', 'implement'),
      activity('clinic', 'plan'),
      activity('clinic', 'evaluate'),
      activity('organization', 'design'),
    ];
    const result = analyseMatrix(activities);
    expect(result.total).toBe(6);
    expect(result.counts['direct-care']).toEqual({ design: 0, plan: 0, implement: 1, evaluate: 2 });
    expect(result.counts.clinic).toEqual({ design: 0, plan: 1, implement: 0, evaluate: 1 });
    expect(result.counts.organization).toEqual({ design: 1, plan: 0, implement: 0, evaluate: 0 });
    expect(result.counts.region).toEqual({ design: 0, plan: 0, implement: 0, evaluate: 0 });
    expect(result.filledCells).toBe(5);
    expect(result.coverage.overall).toEqual({ filled: 5, total: 16, ratio: 5 / 16 });
    expect(result.coverage.byPlace['direct-care']).toEqual({ filled: 2, total: 4, ratio: 0.5 });
    expect(result.coverage.byPlace.clinic.filled).toBe(2);
    expect(result.coverage.byPlace.organization.filled).toBe(1);
    expect(result.coverage.byPlace.region.filled).toBe(0);
    expect(result.coverage.byPhase).toEqual({
      design: { filled: 1, total: 4, ratio: 0.25 },
      plan: { filled: 1, total: 4, ratio: 0.25 },
      implement: { filled: 1, total: 4, ratio: 0.25 },
      evaluate: { filled: 2, total: 4, ratio: 0.5 },
    });
    expect(result.earliestPhaseByPlace).toEqual({
      'direct-care': 'implement',
      clinic: 'plan',
      organization: 'design',
      region: null,
    });
    expect(result.emptyCells).toHaveLength(11);
    expect(result.emptyCells[0]).toEqual({ place: 'direct-care', phase: 'design', suggestions: CELL_EXAMPLES['direct-care'].design });
    expect(result.emptyCells.some((cell) => cell.place === 'clinic' && cell.phase === 'plan')).toBe(false);
    expect(result.evaluateOnly).toBe(false);
    expect(result.robustness).toMatchObject({ placesReached: 3, phasesReached: 4, spansSeveral: true });
    expect(result.robustness.hint.en).toContain('3 of 4 places');
  });

  it('warns when every activity sits in the evaluate phase', () => {
    const result = analyseMatrix([activity('direct-care', 'evaluate'), activity('organization', 'evaluate')]);
    expect(result.evaluateOnly).toBe(true);
    expect(result.evaluateOnlyMessage).toBe(EVALUATE_ONLY_MESSAGE);
    expect(EVALUATE_ONLY_MESSAGE.en).not.toBe('');
    expect(EVALUATE_ONLY_MESSAGE.fr).not.toBe('');
    expect(result.robustness).toMatchObject({ placesReached: 2, phasesReached: 1, spansSeveral: false });
    expect(result.robustness.hint.fr).toContain('2 des 4 niveaux');
  });

  it('does not warn as soon as one activity is in an earlier phase', () => {
    const result = analyseMatrix([activity('direct-care', 'evaluate'), activity('region', 'plan')]);
    expect(result.evaluateOnly).toBe(false);
    expect(result.evaluateOnlyMessage).toBeNull();
  });

  it('counts a large list exactly', () => {
    const activities: Activity[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      activities.push({ id: `x${i}`, place: PLACE_IDS[i % 4] as PlaceId, phase: PHASE_IDS[Math.floor(i / 4) % 4] as PhaseId, title: 't' });
    }
    const result = analyseMatrix(activities);
    expect(result.total).toBe(100_000);
    expect(result.filledCells).toBe(16);
    expect(result.counts.region.evaluate).toBe(6250);
    expect(result.emptyCells).toEqual([]);
  });

  it('returns plain JSON data', () => {
    const result = analyseMatrix([activity('clinic', 'design')]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('compareMatrix', () => {
  it('reports per-cell change, newly filled and emptied cells and coverage change', () => {
    const before = [activity('direct-care', 'evaluate'), activity('clinic', 'evaluate')];
    const after = [
      activity('direct-care', 'evaluate'),
      activity('direct-care', 'evaluate'),
      activity('clinic', 'design'),
      activity('organization', 'plan'),
    ];
    const comparison = compareMatrix(before, analyseMatrix(after));
    expect(comparison.cells).toHaveLength(16);
    expect(comparison.cells.find((cell) => cell.place === 'direct-care' && cell.phase === 'evaluate')).toEqual({
      place: 'direct-care',
      phase: 'evaluate',
      before: 1,
      after: 2,
      change: 1,
    });
    expect(comparison.newlyFilled).toEqual([
      { place: 'clinic', phase: 'design' },
      { place: 'organization', phase: 'plan' },
    ]);
    expect(comparison.newlyEmptied).toEqual([{ place: 'clinic', phase: 'evaluate' }]);
    expect(comparison.filledCells).toEqual({ before: 2, after: 3, change: 1 });
    expect(comparison.coverage).toEqual({ before: 2 / 16, after: 3 / 16, change: 1 / 16 });
    expect(comparison.placesReached).toEqual({ before: 2, after: 3, change: 1 });
    expect(comparison.phasesReached).toEqual({ before: 1, after: 3, change: 2 });
    expect(comparison.total).toEqual({ before: 2, after: 4, change: 2 });
  });

  it('shows no change between identical assessments', () => {
    const list = [activity('region', 'implement')];
    const comparison = compareMatrix(list, list);
    expect(comparison.newlyFilled).toEqual([]);
    expect(comparison.newlyEmptied).toEqual([]);
    expect(comparison.cells.every((cell) => cell.change === 0)).toBe(true);
  });
});
