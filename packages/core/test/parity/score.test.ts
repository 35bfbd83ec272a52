import { describe, expect, it } from 'vitest';
import {
  PARITY_FACTOR_IDS,
  checkRoster,
  compareParity,
  parityFactorById,
  parityRows,
  parityToCsv,
  scoreParity,
  scoreParityAssessment,
  type ParityAnswers,
  type RosterMember,
} from '../../src/parity/index.js';
import { parseCsv } from '../../src/export/csv.js';

/** Hand-checked example; expected scores worked out on paper in the test names. */
const answers: ParityAnswers = {
  // numbers: (1 + 0.5 + 0) / 3 = 50
  'numbers.balance': 'fully',
  'numbers.no-lone-patient': 'partly',
  'numbers.cover-absence': 'not-yet',
  // compensation: not-applicable left out, (1 + 0.5) / 2 = 75
  'compensation.fair-pay': 'not-applicable',
  'compensation.no-out-of-pocket': 'fully',
  'compensation.clear-rules': 'partly',
  // power balance: 100
  'power-balance.everyone-speaks': 'fully',
  'power-balance.patients-invited': 'fully',
  'power-balance.plain-language': 'fully',
  'power-balance.safe-to-disagree': 'fully',
  // preparation: one item answered, 50, not complete
  'preparation.patients-oriented': 'partly',
  // support: all not applicable, no score
  'support.contact-person': 'not-applicable',
  'support.mentoring': 'not-applicable',
  'support.check-ins': 'not-applicable',
  // leadership: nothing answered
  // vulnerability: (1 + 1 + 0.5) / 3 = 83.33…
  'vulnerability.patients-share': 'fully',
  'vulnerability.professionals-share': 'fully',
  'vulnerability.trust-building': 'partly',
};

describe('scoreParity', () => {
  const result = scoreParity(answers);
  const factor = (id: string) => result.factors.find((entry) => entry.factorId === id);

  it('scores each factor: 50, 75, 100, 50, null, null, 83.33', () => {
    expect(result.factors.map((entry) => entry.factorId)).toEqual(PARITY_FACTOR_IDS);
    expect(factor('numbers')).toEqual({ factorId: 'numbers', score: 50, rounded: 50, answered: 3, applicable: 3, itemCount: 3, complete: true });
    expect(factor('compensation')).toEqual({ factorId: 'compensation', score: 75, rounded: 75, answered: 3, applicable: 2, itemCount: 3, complete: true });
    expect(factor('power-balance')?.score).toBe(100);
    expect(factor('preparation')).toMatchObject({ score: 50, answered: 1, applicable: 1, complete: false });
    expect(factor('support')).toMatchObject({ score: null, rounded: null, answered: 3, applicable: 0, complete: true });
    expect(factor('leadership')).toMatchObject({ score: null, answered: 0, applicable: 0, complete: false });
    expect(factor('vulnerability')?.score).toBeCloseTo(250 / 3, 10);
    expect(factor('vulnerability')?.rounded).toBe(83);
  });

  it('gives the overall score as the mean of the factor scores (358.33 / 5 = 71.67)', () => {
    expect(result.overall.score).toBeCloseTo((50 + 75 + 100 + 50 + 250 / 3) / 5, 10);
    expect(result.overall.rounded).toBe(72);
  });

  it('orders factors weakest first, ties in fixed order, unscored last', () => {
    expect(result.weakestFirst).toEqual(['numbers', 'preparation', 'compensation', 'vulnerability', 'power-balance', 'support', 'leadership']);
  });

  it('counts progress and suggests work on the three weakest', () => {
    expect(result.progress).toEqual({ factorsAnswered: 5, totalFactors: 7, itemsAnswered: 17, totalItems: 22 });
    expect(result.suggestions.map((entry) => entry.factorId)).toEqual(['numbers', 'preparation', 'compensation']);
    expect(result.suggestions[0]?.suggestion).toBe(parityFactorById('numbers').suggestion);
    expect(scoreParity(answers, { maxSuggestions: 1 }).suggestions).toHaveLength(1);
    expect(result.filledFromRoster).toEqual([]);
  });

  it('gives no score and no suggestions without answers', () => {
    const empty = scoreParity({});
    expect(empty.overall).toEqual({ score: null, rounded: null });
    expect(empty.weakestFirst).toEqual(PARITY_FACTOR_IDS);
    expect(empty.suggestions).toEqual([]);
    expect(empty.progress.factorsAnswered).toBe(0);
  });

  it('gives no suggestion for factors at 100', () => {
    const all = Object.fromEntries(PARITY_FACTOR_IDS.flatMap((id) => parityFactorById(id).items.map((item) => [item.id, 'fully']))) as ParityAnswers;
    const full = scoreParity(all);
    expect(full.overall.score).toBe(100);
    expect(full.suggestions).toEqual([]);
    expect(full.progress.factorsAnswered).toBe(7);
  });

  it('returns plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('scoreParity with a roster', () => {
  const roster: RosterMember[] = [
    { id: 'p1', side: 'patient' },
    { id: 'p2', side: 'patient' },
    { id: 's1', side: 'professional' },
    { id: 's2', side: 'professional' },
    { id: 's3', side: 'professional' },
    { id: 's4', side: 'professional' },
  ];

  it('fills unanswered numbers items from the roster, and the team’s answers win', () => {
    const check = checkRoster(roster); // ratio 2/4 = 0.5: balance partly; two patients: no-lone-patient fully
    const filled = scoreParity({}, { roster: check });
    expect(filled.filledFromRoster).toEqual(['numbers.balance', 'numbers.no-lone-patient']);
    expect(filled.factors[0]).toMatchObject({ factorId: 'numbers', score: 75, answered: 2, applicable: 2, complete: false });

    const own = scoreParity({ 'numbers.balance': 'not-yet' }, { roster: check });
    expect(own.filledFromRoster).toEqual(['numbers.no-lone-patient']);
    expect(own.factors[0]?.score).toBe(50);
  });

  it('scores a whole assessment, checking its roster', () => {
    const score = scoreParityAssessment({ id: 'x', assessedOn: '2026-01-01', answers: {}, roster });
    expect(score.filledFromRoster).toEqual(['numbers.balance', 'numbers.no-lone-patient']);
    expect(scoreParityAssessment({ id: 'x', assessedOn: '2026-01-01', answers: {} }).filledFromRoster).toEqual([]);
  });
});

describe('compareParity', () => {
  it('gives the change per factor and overall', () => {
    const before = scoreParity({ 'numbers.balance': 'not-yet', 'support.contact-person': 'fully', 'leadership.co-leads': 'partly' });
    const after = scoreParity({ 'numbers.balance': 'fully', 'support.contact-person': 'partly' });
    const comparison = compareParity(before, after);
    expect(comparison.factors).toHaveLength(7);
    expect(comparison.factors[0]).toEqual({ factorId: 'numbers', before: 0, after: 100, change: 100 });
    expect(comparison.factors.find((entry) => entry.factorId === 'support')).toEqual({ factorId: 'support', before: 100, after: 50, change: -50 });
    expect(comparison.factors.find((entry) => entry.factorId === 'leadership')).toEqual({ factorId: 'leadership', before: 50, after: null, change: null });
    expect(comparison.improved).toEqual(['numbers']);
    expect(comparison.declined).toEqual(['support']);
    expect(comparison.overall).toEqual({ before: 50, after: 75, change: 25 });
  });
});

describe('parity export', () => {
  it('gives seven factor rows and an overall row', () => {
    const rows = parityRows(scoreParity(answers), 'fr');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ factor: 'numbers', label: 'Nombre', score: 50, rounded: 50, answered: 3, applicable: 3, items: 3 });
    expect(rows[7]).toMatchObject({ factor: 'overall', label: 'Ensemble', rounded: 72, answered: 17, items: 22 });
  });

  it('writes CSV with empty cells for missing scores', () => {
    const table = parseCsv(parityToCsv(scoreParity(answers)));
    expect(table[0]).toEqual(['factor', 'label', 'score', 'rounded', 'answered', 'applicable', 'items']);
    expect(table[2]).toEqual(['compensation', 'Compensation', '75', '75', '3', '2', '3']);
    expect(table[6]).toEqual(['leadership', 'Leadership', '', '', '0', '0', '3']);
    expect(table).toHaveLength(9);
  });
});
