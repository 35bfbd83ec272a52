import type { Acknowledgement, Contribution } from '../../src/recognition/index.js';

/** A two-hour meeting contribution by partner `p1`; `overrides` replace its fields. */
export function contribution(overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: 'c1',
    partnerId: 'p1',
    project: 'Discharge checklist',
    role: 'Patient partner',
    date: '2026-01-10',
    hours: 2,
    kind: 'meeting',
    ...overrides,
  };
}

/** A thank-you to partner `p1`; `overrides` replace its fields. */
export function acknowledgement(overrides: Partial<Acknowledgement> = {}): Acknowledgement {
  return { id: 'a1', partnerId: 'p1', kind: 'thank-you', date: '2026-01-10', ...overrides };
}
