import { describe, expect, it } from 'vitest';
import { readContribution, MAX_CONTRIBUTION_HOURS } from '../../src/recognition/index.js';
import { errorOf } from '../support.js';

const valid = {
  id: 'c-1',
  partnerId: 'partner-1',
  partnerName: '  Amira Haddad ',
  project: 'Safer discharge',
  role: 'Co-lead',
  date: '2026-02-28',
  hours: 1.5,
  kind: 'co-design',
  phase: 'design',
  note: 'Brought two ideas\nfrom the family council.',
};

describe('readContribution', () => {
  it('reads a full contribution, trimming text', () => {
    expect(readContribution(valid)).toEqual({ ...valid, partnerName: 'Amira Haddad' });
  });

  it('reads a contribution without optional fields and leaves them out', () => {
    const { partnerName: _n, phase: _p, note: _o, ...required } = valid;
    const read = readContribution(required);
    expect(read).toEqual(required);
    expect(Object.keys(read)).not.toContain('phase');
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it('accepts every contribution kind and phase', () => {
    for (const kind of ['meeting', 'review', 'co-design', 'training', 'event', 'interview', 'other']) {
      expect(readContribution({ ...valid, kind }).kind).toBe(kind);
    }
    for (const phase of ['design', 'plan', 'implement', 'evaluate']) {
      expect(readContribution({ ...valid, phase }).phase).toBe(phase);
    }
  });

  it.each([
    [0.01, 0.01],
    [0.25, 0.25],
    [0.29, 0.29],
    [7.75, 7.75],
    [MAX_CONTRIBUTION_HOURS, 744],
  ])('accepts %s hours', (hours, expected) => {
    expect(readContribution({ ...valid, hours }).hours).toBe(expected);
  });

  it.each([
    [0, 'too-small'],
    [-1, 'too-small'],
    [0.001, 'too-small'],
    [1e-12, 'too-small'],
    [1.125, 'invalid'],
    [744.01, 'too-large'],
    [Number.NaN, 'wrong-type'],
    [Number.POSITIVE_INFINITY, 'wrong-type'],
    ['2', 'wrong-type'],
  ])('refuses %s hours with %s', (hours, code) => {
    const error = errorOf(() => readContribution({ ...valid, hours }));
    expect(error.code).toBe(code);
    expect(error.field).toBe('hours');
  });

  it.each([
    ['date', '2026-02-30', 'invalid-date'],
    ['date', '2026-02-28T10:00:00Z', 'invalid-date'],
    ['kind', 'lunch', 'unknown-value'],
    ['phase', 'Design', 'unknown-value'],
    ['id', 'has space', 'invalid-id'],
    ['partnerId', 12, 'wrong-type'],
    ['project', '   ', 'required'],
    ['project', 'x'.repeat(201), 'too-long'],
    ['role', 'x'.repeat(121), 'too-long'],
    ['partnerName', 'x'.repeat(121), 'too-long'],
    ['role', 'two\nlines', 'invalid'],
    ['note', 'x'.repeat(1001), 'too-long'],
  ])('refuses %s = %j with %s', (field, value, code) => {
    const error = errorOf(() => readContribution({ ...valid, [field]: value }));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });

  it('names a missing field', () => {
    const { role: _r, ...withoutRole } = valid;
    const error = errorOf(() => readContribution(withoutRole));
    expect(error.field).toBe('role');
    expect(error.messages.fr.length).toBeGreaterThan(0);
  });

  it('refuses unknown fields and __proto__ keys', () => {
    expect(errorOf(() => readContribution({ ...valid, extra: 1 })).code).toBe('unknown-field');
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "id": "c1"}`) as unknown;
    expect(errorOf(() => readContribution(hostile)).code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in free text as text', () => {
    expect(readContribution({ ...valid, note: '<b>bold</b> & <script>' }).note).toBe('<b>bold</b> & <script>');
  });
});
