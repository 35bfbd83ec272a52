import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENT_KINDS, ACKNOWLEDGEMENT_KIND_LABELS, CONTRIBUTION_KINDS, CONTRIBUTION_KIND_LABELS, LOOP_STATUSES, LOOP_STATUS_LABELS, PROJECT_PHASES, PROJECT_PHASE_LABELS, readAcknowledgement } from '../../src/recognition/index.js';
import { errorOf } from '../support.js';

const valid = { id: 'a-1', partnerId: 'partner-1', kind: 'letter', date: '2026-03-01' };

describe('readAcknowledgement', () => {
  it('reads an acknowledgement with and without optional fields', () => {
    expect(readAcknowledgement(valid)).toEqual(valid);
    const full = { ...valid, note: 'Signed by the director', contributionIds: ['c-1', 'c-2'] };
    expect(readAcknowledgement(full)).toEqual(full);
  });

  it('accepts every kind', () => {
    for (const kind of ACKNOWLEDGEMENT_KINDS) expect(readAcknowledgement({ ...valid, kind }).kind).toBe(kind);
  });

  it.each([
    ['kind', 'gift', 'unknown-value', 'kind'],
    ['date', '01/03/2026', 'invalid-date', 'date'],
    ['contributionIds', 'c-1', 'wrong-type', 'contributionIds'],
    ['contributionIds', ['c-1', 'bad id'], 'invalid-id', 'contributionIds.1'],
    ['contributionIds', ['c-1', 'c-2', 'c-1'], 'duplicate', 'contributionIds.2'],
    ['contributionIds', Array.from({ length: 501 }, (_, i) => `c-${i}`), 'too-long', 'contributionIds'],
    ['note', '', 'required', 'note'],
  ])('refuses %s = %j with %s', (key, value, code, field) => {
    const error = errorOf(() => readAcknowledgement({ ...valid, [key]: value }));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
});

describe('labels', () => {
  it('give every id a label in English and French', () => {
    const tables = [
      [ACKNOWLEDGEMENT_KINDS, ACKNOWLEDGEMENT_KIND_LABELS],
      [CONTRIBUTION_KINDS, CONTRIBUTION_KIND_LABELS],
      [PROJECT_PHASES, PROJECT_PHASE_LABELS],
      [LOOP_STATUSES, LOOP_STATUS_LABELS],
    ] as const;
    for (const [ids, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const label = (labels as Record<string, { en: string; fr: string }>)[id];
        expect(label?.en.trim()).toBeTruthy();
        expect(label?.fr.trim()).toBeTruthy();
      }
    }
  });
});
