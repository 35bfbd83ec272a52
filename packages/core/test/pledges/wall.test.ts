import { describe, expect, it } from 'vitest';
import { pledgesDueForFollowUp, publicPledge, wallListing } from '../../src/pledges/index.js';
import { pledge } from './helpers.js';
import { errorOf } from '../support.js';

describe('wallListing', () => {
  const pledges = [
    pledge({ id: 'old', createdAt: '2026-01-01T09:00:00.000Z', name: 'Ana', nameConsent: true }),
    pledge({ id: 'new', createdAt: '2026-02-01T09:00:00.000Z' }),
    pledge({ id: 'b-same', createdAt: '2026-01-15T09:00:00.000Z' }),
    pledge({ id: 'a-same', createdAt: '2026-01-15T09:00:00.000Z' }),
    // A record that wrongly kept a name without consent (an old store, a bad import).
    pledge({ id: 'leak', createdAt: '2026-01-10T09:00:00.000Z', name: 'Secret Person', nameConsent: false }),
  ];

  it('lists newest first, then by id', () => {
    expect(wallListing(pledges).map((p) => p.id)).toEqual(['new', 'a-same', 'b-same', 'leak', 'old']);
  });

  it('shows a name only where its maker consented', () => {
    const listing = wallListing(pledges);
    expect(listing.find((p) => p.id === 'old')?.name).toBe('Ana');
    expect(listing.find((p) => p.id === 'leak')).not.toHaveProperty('name');
    expect(JSON.stringify(listing)).not.toContain('Secret Person');
    expect(pledges[4]?.name).toBe('Secret Person');
  });

  it('publicPledge copies, never mutates', () => {
    const input = pledge({ name: 'X', nameConsent: false });
    expect(publicPledge(input)).not.toHaveProperty('name');
    expect(input.name).toBe('X');
  });
});

describe('pledgesDueForFollowUp', () => {
  const pledges = [
    pledge({ id: 'due-today', followUpOn: '2026-03-02' }),
    pledge({ id: 'overdue', followUpOn: '2026-02-20', status: 'in-progress' }),
    pledge({ id: 'tomorrow', followUpOn: '2026-03-03' }),
    pledge({ id: 'done', followUpOn: '2026-01-01', status: 'done' }),
    pledge({ id: 'not-done', followUpOn: '2026-01-01', status: 'not-done' }),
  ];

  it('lists open pledges whose follow-up day has come, longest waiting first', () => {
    expect(pledgesDueForFollowUp(pledges, '2026-03-02').map((p) => p.id)).toEqual(['overdue', 'due-today']);
    expect(pledgesDueForFollowUp(pledges, '2026-03-03').map((p) => p.id)).toEqual(['overdue', 'due-today', 'tomorrow']);
    expect(pledgesDueForFollowUp(pledges, '2026-02-19')).toEqual([]);
  });

  it('uses the UTC day of a date-time or Date', () => {
    expect(pledgesDueForFollowUp(pledges, '2026-03-02T22:00:00-05:00').map((p) => p.id)).toContain('tomorrow');
    expect(pledgesDueForFollowUp(pledges, new Date('2026-03-02T23:59:59Z')).map((p) => p.id)).not.toContain('tomorrow');
  });

  it('refuses a bad day', () => {
    expect(errorOf(() => pledgesDueForFollowUp(pledges, '2026-02-31')).field).toBe('today');
  });
});
