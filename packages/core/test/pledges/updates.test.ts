import { describe, expect, it } from 'vitest';
import { applyPledgeUpdate, PLEDGE_STATUSES, PLEDGE_STATUS_LABELS, PLEDGE_TRANSITIONS, readPledgeUpdate, type PledgeStatus } from '../../src/pledges/index.js';
import { pledge } from './helpers.js';
import { errorOf } from '../support.js';

const ALLOWED: Record<PledgeStatus, PledgeStatus[]> = {
  made: ['in-progress', 'done', 'not-done'],
  'in-progress': ['done', 'not-done'],
  done: [],
  'not-done': [],
};
const NOW = '2026-03-05T09:00:00Z';

describe('readPledgeUpdate', () => {
  it('reads a status, a reflection or both', () => {
    expect(readPledgeUpdate({ status: 'done' })).toEqual({ status: 'done' });
    expect(readPledgeUpdate({ reflection: ' Went well.\nWill repeat. ' })).toEqual({ reflection: 'Went well.\nWill repeat.' });
    expect(readPledgeUpdate({ status: 'not-done', reflection: 'No time.' })).toEqual({ status: 'not-done', reflection: 'No time.' });
  });

  it.each([
    [{}, 'required', ''],
    [{ status: 'finished' }, 'unknown-value', 'status'],
    [{ reflection: 'x'.repeat(1001) }, 'too-long', 'reflection'],
    [{ reflection: '' }, 'required', 'reflection'],
    [{ joinCount: 99 }, 'unknown-field', 'joinCount'],
    [[], 'wrong-type', ''],
  ])('refuses %j', (input, code, field) => {
    const error = errorOf(() => readPledgeUpdate(input));
    expect([error.code, error.field]).toEqual([code, field]);
  });

  it('accepts a reflection of exactly 1000 characters', () => {
    expect(readPledgeUpdate({ reflection: 'x'.repeat(1000) }).reflection).toHaveLength(1000);
  });
});

describe('applyPledgeUpdate', () => {
  it('matches the documented table', () => {
    expect(PLEDGE_TRANSITIONS).toEqual(ALLOWED);
    for (const status of PLEDGE_STATUSES) expect(PLEDGE_STATUS_LABELS[status].fr).toBeTruthy();
  });

  for (const from of PLEDGE_STATUSES) {
    for (const to of PLEDGE_STATUSES) {
      const allowed = from === to || ALLOWED[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const before = pledge({ status: from });
        if (allowed) {
          const after = applyPledgeUpdate(before, { status: to }, NOW);
          expect(after).toEqual({ ...before, status: to, updatedAt: '2026-03-05T09:00:00.000Z' });
          expect(before.status).toBe(from);
        } else {
          const error = errorOf(() => applyPledgeUpdate(before, { status: to }, NOW));
          expect([error.code, error.field]).toEqual(['invalid-transition', 'status']);
          expect(error.messages.en).toMatch(/cannot become/);
          expect(error.messages.fr).toMatch(/ne peut pas devenir/);
        }
      });
    }
  }

  it('lets a reflection be added or replaced in every status, final ones included', () => {
    for (const status of PLEDGE_STATUSES) {
      const first = applyPledgeUpdate(pledge({ status }), { reflection: 'First thoughts' }, NOW);
      expect(first).toMatchObject({ status, reflection: 'First thoughts' });
      expect(applyPledgeUpdate(first, { reflection: 'Later thoughts' }, '2026-04-01T00:00:00Z').reflection).toBe('Later thoughts');
    }
  });

  it('keeps the name rules: the pledge’s other fields are untouched', () => {
    const named = pledge({ name: 'Ana', nameConsent: true, joinCount: 4 });
    expect(applyPledgeUpdate(named, { status: 'in-progress' }, NOW)).toMatchObject({ name: 'Ana', joinCount: 4, createdAt: named.createdAt });
  });

  it('refuses a bad time or update with ValidationErrors', () => {
    expect(errorOf(() => applyPledgeUpdate(pledge(), { status: 'done' }, 'later')).field).toBe('now');
    expect(errorOf(() => applyPledgeUpdate(pledge(), {}, NOW)).code).toBe('required');
  });
});
