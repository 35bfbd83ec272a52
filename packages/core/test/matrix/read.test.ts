import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readActivity, readMatrixAssessment } from '../../src/matrix/index.js';
import { errorOf, onlyValidationErrors, viaJson, withHostileKey } from '../support.js';

const valid = {
  id: 'm-2026',
  title: 'Spring review',
  assessedOn: '2026-03-31',
  activities: [
    { id: 'a1', place: 'clinic', phase: 'plan', title: '  Visit redesign  ', note: 'Two patients\njoined' },
    { id: 'a2', place: 'region', phase: 'evaluate', title: '<script>alert(1)</script>' },
  ],
};

describe('readMatrixAssessment', () => {
  it('reads a valid assessment, trimming text and keeping markup as text', () => {
    const result = readMatrixAssessment(valid);
    expect(result.id).toBe('m-2026');
    expect(result.activities[0]).toEqual({ id: 'a1', place: 'clinic', phase: 'plan', title: 'Visit redesign', note: 'Two patients\njoined' });
    expect(result.activities[1]?.title).toBe('<script>alert(1)</script>');
    expect(readMatrixAssessment({ id: 'x', assessedOn: '2026-01-01', activities: [] })).toEqual({ id: 'x', assessedOn: '2026-01-01', activities: [] });
  });

  it('names the field at fault', () => {
    expect(errorOf(() => readMatrixAssessment(null)).field).toBe('');
    expect(errorOf(() => readMatrixAssessment({ ...valid, id: 'has space' })).field).toBe('id');
    expect(errorOf(() => readMatrixAssessment({ ...valid, assessedOn: '2026-02-31' })).field).toBe('assessedOn');
    expect(errorOf(() => readMatrixAssessment({ ...valid, title: '' })).field).toBe('title');
    expect(errorOf(() => readMatrixAssessment({ ...valid, extra: 1 })).field).toBe('extra');
    expect(errorOf(() => readMatrixAssessment({ ...valid, activities: 'none' })).field).toBe('activities');
    const bad = (patch: object) => ({ ...valid, activities: [valid.activities[0], { ...valid.activities[1], ...patch }] });
    expect(errorOf(() => readMatrixAssessment(bad({ phase: 'later' }))).field).toBe('activities.1.phase');
    expect(errorOf(() => readMatrixAssessment(bad({ place: 'moon' }))).field).toBe('activities.1.place');
    expect(errorOf(() => readMatrixAssessment(bad({ title: 'x'.repeat(201) }))).field).toBe('activities.1.title');
    expect(errorOf(() => readMatrixAssessment(bad({ title: '   ' }))).field).toBe('activities.1.title');
    expect(errorOf(() => readMatrixAssessment(bad({ note: 5 }))).field).toBe('activities.1.note');
    expect(errorOf(() => readMatrixAssessment(bad({ id: 'a1' }))).field).toBe('activities.1.id');
    expect(errorOf(() => readMatrixAssessment(JSON.parse('{"__proto__": {"x": 1}, "id": "a"}'))).field).toBe('__proto__');
    expect(errorOf(() => readActivity({ id: 'a', place: 'clinic', phase: 'plan', title: 'x', constructor: 1 })).field).toBe('constructor');
    expect(errorOf(() => readActivity({ id: 'a', place: 'clinic', phase: 'soon', title: 'x' }, 'activity')).field).toBe('activity.phase');
    expect(errorOf(() => readActivity([])).field).toBe('');
  });
});

/** Arbitrary JSON, JSON with a hostile key (`__proto__` and the like), and near-valid assessments. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  withHostileKey(fc.constant({ id: 'a' }), fc.jsonValue()),
  fc.record(
    {
      id: fc.oneof(fc.constant('m1'), fc.string()),
      title: fc.oneof(fc.string(), fc.constant('<b>x</b>')),
      assessedOn: fc.oneof(fc.constant('2026-03-31'), fc.string(), fc.integer()),
      activities: fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom('a1', 'a2', 'a3'), fc.string()),
            place: fc.oneof(fc.constantFrom('direct-care', 'clinic', 'organization', 'region'), fc.string()),
            phase: fc.oneof(fc.constantFrom('design', 'plan', 'implement', 'evaluate'), fc.string()),
            title: fc.oneof(fc.string(), fc.jsonValue()),
            note: fc.oneof(fc.string(), fc.jsonValue()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['id', 'assessedOn', 'activities'] },
  ),
);

describe('readMatrixAssessment on any input', () => {
  it('throws only ValidationError or returns an assessment that reads back the same', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = onlyValidationErrors(readMatrixAssessment, input);
        if (result !== undefined) expect(readMatrixAssessment(viaJson(result))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readMatrixAssessment on generated valid input', () => {
  it('accepts every well-formed assessment and keeps its activities', () => {
    const activityArb = fc.record({
      place: fc.constantFrom('direct-care', 'clinic', 'organization', 'region'),
      phase: fc.constantFrom('design', 'plan', 'implement', 'evaluate'),
      title: fc.stringMatching(/^[A-Za-z0-9<>&"' éèà-]{1,50}$/).filter((text) => text.trim() === text && text !== ''),
    });
    fc.assert(
      fc.property(fc.array(activityArb, { maxLength: 20 }), (list) => {
        const input = { id: 'm1', assessedOn: '2026-03-31', activities: list.map((item, index) => ({ id: `a${index}`, ...item })) };
        const result = readMatrixAssessment(input);
        expect(result.activities).toHaveLength(list.length);
        expect(result).toEqual(input);
      }),
    );
  });
});
