import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SELECTION_CRITERION_IDS,
  SELECTION_RATINGS,
  cohensKappa,
  compareRecruiters,
  readSelectionReview,
  type SelectionReview,
} from '../../src/process/index.js';
import { errorOf, onlyValidationErrors, viaJson, withHostileKey } from '../support.js';

describe('cohensKappa', () => {
  it('matches a hand-worked example: observed 3/4, expected 5/16, kappa 7/11', () => {
    const kappa = cohensKappa([
      ['meets', 'meets'],
      ['meets', 'partly'],
      ['partly', 'partly'],
      ['does-not-meet', 'does-not-meet'],
    ]);
    expect(kappa).toBeCloseTo(7 / 11, 12);
  });

  it('is 1 for perfect agreement over two or more categories, and can be negative', () => {
    expect(cohensKappa([['meets', 'meets'], ['partly', 'partly']])).toBe(1);
    // Observed 0; expected (1/2·1/2)·2 = 1/2; kappa = -1.
    expect(cohensKappa([['meets', 'partly'], ['partly', 'meets']])).toBe(-1);
  });

  it('is undefined (null) with fewer than two pairs, or when both raters used one single label', () => {
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa([['meets', 'meets']])).toBeNull();
    expect(cohensKappa([['meets', 'meets'], ['meets', 'meets'], ['meets', 'meets']])).toBeNull();
  });
});

describe('compareRecruiters', () => {
  const a: SelectionReview = {
    candidateId: 'cand-1',
    recruiterId: 'patient-recruiter',
    ratings: { 'speaks-clearly': 'meets', constructive: 'meets', 'lives-with-the-illness': 'partly', 'knows-the-services': 'does-not-meet', 'stable-health': 'unknown', generalises: 'meets' },
  };
  const b: SelectionReview = {
    candidateId: 'cand-1',
    recruiterId: 'staff-member',
    ratings: { 'speaks-clearly': 'meets', constructive: 'partly', 'lives-with-the-illness': 'partly', 'knows-the-services': 'does-not-meet', 'stable-health': 'meets' },
  };

  it('compares the criteria both rated', () => {
    const result = compareRecruiters(a, b);
    expect(result.criteria).toHaveLength(12);
    expect(result.criteria[0]).toEqual({ criterionId: 'speaks-clearly', a: 'meets', b: 'meets', agree: true });
    expect(result.criteria[1]).toEqual({ criterionId: 'constructive', a: 'meets', b: 'partly', agree: false });
    expect(result.criteria[4]).toEqual({ criterionId: 'stable-health', a: 'unknown', b: 'meets', agree: null });
    expect(result.rated).toBe(4);
    expect(result.agreed).toBe(3);
    expect(result.percentAgreement).toBe(75);
    expect(result.kappa).toBeCloseTo(7 / 11, 12);
    expect(result.toDiscuss).toEqual(['constructive']);
    expect(result.notRatedByBoth).toHaveLength(8);
    expect(result.notRatedByBoth).toContain('generalises');
  });

  it('gives no agreement figures when nothing was rated by both', () => {
    const result = compareRecruiters({ ...a, ratings: {} }, b);
    expect(result.percentAgreement).toBeNull();
    expect(result.kappa).toBeNull();
    expect(result.toDiscuss).toEqual([]);
  });

  it('refuses reviews of different candidates', () => {
    expect(errorOf(() => compareRecruiters(a, { ...b, candidateId: 'cand-2' })).field).toBe('b.candidateId');
  });
});

describe('readSelectionReview', () => {
  it('reads a review and names the field at fault', () => {
    const input = { candidateId: 'c1', recruiterId: 'r1', ratings: { 'critical-mind': 'partly' } };
    expect(readSelectionReview(input)).toEqual(input);
    expect(errorOf(() => readSelectionReview({ ...input, ratings: { 'is-nice': 'meets' } })).field).toBe('ratings.is-nice');
    expect(errorOf(() => readSelectionReview({ ...input, ratings: { 'critical-mind': 'maybe' } })).field).toBe('ratings.critical-mind');
    expect(errorOf(() => readSelectionReview({ ...input, candidateId: '' })).field).toBe('candidateId');
    expect(errorOf(() => readSelectionReview({ ...input, ratings: null })).field).toBe('ratings');
    expect(errorOf(() => readSelectionReview({ ...input, ratings: JSON.parse('{"__proto__": "meets"}') })).field).toBe('ratings.__proto__');
  });

  it('throws only ValidationError or returns a valid review, on any input', () => {
    const nearValid = fc.record(
      {
        candidateId: fc.oneof(fc.constant('c1'), fc.string()),
        recruiterId: fc.oneof(fc.constant('r1'), fc.string()),
        ratings: fc.oneof(
          fc.dictionary(fc.oneof(fc.constantFrom(...SELECTION_CRITERION_IDS), fc.string()), fc.oneof(fc.constantFrom(...SELECTION_RATINGS), fc.jsonValue()), { maxKeys: 4 }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.jsonValue(),
      withHostileKey(fc.constant({ candidateId: 'c1' }), fc.jsonValue()),
      nearValid,
    );
    fc.assert(
      fc.property(input, (value) => {
        const result = onlyValidationErrors(readSelectionReview, value);
        if (result !== undefined) expect(readSelectionReview(viaJson(result))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('kappa stays between -1 and 1 and agreement between 0 and 100', () => {
    const ratings = fc.dictionary(fc.constantFrom(...SELECTION_CRITERION_IDS), fc.constantFrom(...SELECTION_RATINGS));
    fc.assert(
      fc.property(ratings, ratings, (ra, rb) => {
        const result = compareRecruiters({ candidateId: 'c', recruiterId: 'a', ratings: ra }, { candidateId: 'c', recruiterId: 'b', ratings: rb });
        if (result.kappa !== null) {
          expect(result.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(result.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (result.percentAgreement !== null) {
          expect(result.percentAgreement).toBeGreaterThanOrEqual(0);
          expect(result.percentAgreement).toBeLessThanOrEqual(100);
        }
        expect(result.agreed + result.toDiscuss.length).toBe(result.rated);
      }),
    );
  });
});
