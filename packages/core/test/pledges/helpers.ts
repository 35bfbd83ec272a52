import type { Pledge } from '../../src/pledges/index.js';

/** A stored pledge, made 2026-01-31 with a 30-day follow-up; `overrides` replace its fields. */
export function pledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    id: 'pl1',
    wallId: 'town-hall',
    text: 'asking a patient partner to co-chair our next meeting',
    nameConsent: false,
    followUpDays: 30,
    followUpOn: '2026-03-02',
    status: 'made',
    joinCount: 0,
    createdAt: '2026-01-31T10:00:00.000Z',
    updatedAt: '2026-01-31T10:00:00.000Z',
    ...overrides,
  };
}
