import { describe, expect, it } from 'vitest';
import {
  LOOP_STATUSES,
  LOOP_TRANSITIONS,
  loopDigest,
  overdueLoopItems,
  readLoopItem,
  readLoopItemRecord,
  recordLoopUpdate,
  transitionLoopItem,
  type LoopItem,
  type LoopStatus,
} from '../../src/recognition/index.js';
import { errorOf } from '../support.js';

function heard(id = 'i1', receivedOn = '2026-01-05'): LoopItem {
  return readLoopItem({ id, said: 'Put the parking code\nin the invitation letter.', source: 'March council', receivedOn });
}

/** An item brought to `status` on `on` through allowed moves. */
function itemIn(status: LoopStatus, on = '2026-01-10', id = 'i1'): LoopItem {
  const start = heard(id, on < '2026-01-05' ? on : '2026-01-05');
  switch (status) {
    case 'heard':
      return start;
    case 'in-progress':
      return transitionLoopItem(start, { to: 'in-progress', on });
    case 'paused':
      return transitionLoopItem(start, { to: 'paused', on });
    case 'declined':
      return transitionLoopItem(start, { to: 'declined', on, reason: 'The letter is set by the province.' });
    case 'adopted':
      return transitionLoopItem(transitionLoopItem(start, { to: 'in-progress', on }), { to: 'adopted', on });
  }
}

const ALLOWED: Record<LoopStatus, LoopStatus[]> = {
  heard: ['in-progress', 'declined', 'paused'],
  'in-progress': ['adopted', 'declined', 'paused'],
  paused: ['in-progress', 'declined', 'adopted'],
  adopted: [],
  declined: [],
};

describe('readLoopItem', () => {
  it('starts a new item as heard, with its first history entry', () => {
    expect(heard()).toEqual({
      id: 'i1',
      said: 'Put the parking code\nin the invitation letter.',
      source: 'March council',
      receivedOn: '2026-01-05',
      status: 'heard',
      lastUpdateOn: '2026-01-05',
      history: [{ status: 'heard', on: '2026-01-05' }],
    });
  });

  it.each([
    ['empty input', { id: 'i1', said: '', receivedOn: '2026-01-05' }, 'required', 'said'],
    ['1001 characters', { id: 'i1', said: 'x'.repeat(1001), receivedOn: '2026-01-05' }, 'too-long', 'said'],
    ['month 13', { id: 'i1', said: 'ok', receivedOn: '2026-13-01' }, 'invalid-date', 'receivedOn'],
    ['a status', { id: 'i1', said: 'ok', receivedOn: '2026-01-05', status: 'adopted' }, 'unknown-field', 'status'],
    ['a two-line source', { id: 'i1', said: 'ok', source: 'a\nb', receivedOn: '2026-01-05' }, 'invalid', 'source'],
  ])('refuses %s', (_label, input, code, field) => {
    const error = errorOf(() => readLoopItem(input));
    expect([error.code, error.field]).toEqual([code, field]);
  });
});

describe('transitionLoopItem', () => {
  it('matches the documented table', () => {
    expect(LOOP_TRANSITIONS).toEqual(ALLOWED);
  });

  for (const from of LOOP_STATUSES) {
    for (const to of LOOP_STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const item = itemIn(from);
        const request = { to, on: '2026-02-01', ...(to === 'declined' ? { reason: 'Out of our hands.' } : {}) };
        if (allowed) {
          const next = transitionLoopItem(item, request);
          expect(next.status).toBe(to);
          expect(next.lastUpdateOn).toBe('2026-02-01');
          expect(next.history.at(-1)).toEqual({ status: to, on: '2026-02-01' });
          expect(next.history).toHaveLength(item.history.length + 1);
          expect(item.status).toBe(from);
        } else {
          const error = errorOf(() => transitionLoopItem(item, request));
          expect(error.code).toBe('invalid-transition');
          expect(error.field).toBe('to');
          expect(error.messages.en).toMatch(/cannot become/);
          expect(error.messages.fr).toMatch(/ne peut pas passer/);
        }
      });
    }
  }

  it('requires a non-empty reason to decline and keeps it', () => {
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'declined', on: '2026-02-01' }))).toMatchObject({ code: 'required', field: 'reason' });
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'declined', on: '2026-02-01', reason: '   ' }))).toMatchObject({ code: 'required', field: 'reason' });
    const declined = transitionLoopItem(heard(), { to: 'declined', on: '2026-02-01', reason: 'Set by the province.', note: 'Told the council.' });
    expect(declined).toMatchObject({ status: 'declined', reason: 'Set by the province.' });
    expect(declined.history.at(-1)).toEqual({ status: 'declined', on: '2026-02-01', note: 'Told the council.' });
  });

  it('keeps a pause reason and how often to send news, and drops them on resuming', () => {
    const paused = transitionLoopItem(heard(), { to: 'paused', on: '2026-02-01', reason: 'Budget freeze', updateEveryDays: 14 });
    expect(paused).toMatchObject({ status: 'paused', reason: 'Budget freeze', updateEveryDays: 14 });
    const resumed = transitionLoopItem(paused, { to: 'in-progress', on: '2026-03-01' });
    expect('reason' in resumed).toBe(false);
    expect('updateEveryDays' in resumed).toBe(false);
  });

  it('refuses a reason or update interval where they do not apply', () => {
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'in-progress', on: '2026-02-01', reason: 'x' }))).toMatchObject({ code: 'invalid', field: 'reason' });
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'in-progress', on: '2026-02-01', updateEveryDays: 7 }))).toMatchObject({ code: 'invalid', field: 'updateEveryDays' });
  });

  it('refuses a day before the last change, and bad input, with ValidationErrors', () => {
    expect(errorOf(() => transitionLoopItem(itemIn('in-progress', '2026-01-10'), { to: 'adopted', on: '2026-01-09' }))).toMatchObject({ code: 'invalid-date', field: 'on' });
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'done' as LoopStatus, on: '2026-02-01' }))).toMatchObject({ code: 'unknown-value', field: 'to' });
    expect(errorOf(() => transitionLoopItem(heard(), { to: 'paused', on: 'tomorrow' }))).toMatchObject({ field: 'on' });
  });

  it('accepts the same day as the last change and a Date', () => {
    expect(transitionLoopItem(heard(), { to: 'paused', on: '2026-01-05' }).lastUpdateOn).toBe('2026-01-05');
    expect(transitionLoopItem(heard(), { to: 'paused', on: new Date('2026-01-06T12:00:00Z') }).lastUpdateOn).toBe('2026-01-06');
  });
});

describe('recordLoopUpdate', () => {
  it('logs news without changing status and restarts the overdue clock', () => {
    const item = itemIn('in-progress', '2026-01-10');
    const updated = recordLoopUpdate(item, { on: '2026-02-20', note: 'Pilot starts in April.' });
    expect(updated.status).toBe('in-progress');
    expect(updated.lastUpdateOn).toBe('2026-02-20');
    expect(updated.history.at(-1)).toEqual({ status: 'in-progress', on: '2026-02-20', note: 'Pilot starts in April.' });
    expect(overdueLoopItems([item], { today: '2026-03-02' })).toHaveLength(1);
    expect(overdueLoopItems([updated], { today: '2026-03-02' })).toEqual([]);
  });

  it('works on final items and needs a note', () => {
    expect(recordLoopUpdate(itemIn('adopted'), { on: '2026-06-01', note: 'Fewer missed visits.' }).status).toBe('adopted');
    expect(errorOf(() => recordLoopUpdate(heard(), { on: '2026-02-01', note: '' }))).toMatchObject({ code: 'required', field: 'note' });
    expect(errorOf(() => recordLoopUpdate(itemIn('paused', '2026-02-01'), { on: '2026-01-31', note: 'x' }))).toMatchObject({ code: 'invalid-date', field: 'on' });
  });
});

describe('overdueLoopItems', () => {
  const items = [
    heard('heard-late', '2026-02-14'),
    heard('heard-ok', '2026-02-16'),
    transitionLoopItem(heard('working'), { to: 'in-progress', on: '2026-01-15' }),
    transitionLoopItem(heard('paused-weekly'), { to: 'paused', on: '2026-02-01', updateEveryDays: 7 }),
    transitionLoopItem(heard('paused-default'), { to: 'paused', on: '2026-01-31' }),
    itemIn('adopted', '2025-01-10', 'old-adopted'),
    itemIn('declined', '2025-01-10', 'old-declined'),
  ];

  it('lists items waiting too long for news, most overdue first (hand-checked days)', () => {
    const overdue = overdueLoopItems(items, { today: '2026-03-02' });
    expect(overdue.map(({ item, dueOn, daysOverdue }) => ({ id: item.id, dueOn, daysOverdue }))).toEqual([
      // paused with a 7-day rhythm since 2026-02-01: due 2026-02-08, 22 days before 2026-03-02.
      { id: 'paused-weekly', dueOn: '2026-02-08', daysOverdue: 22 },
      // in progress since 2026-01-15 (46 days), 30 allowed: due 2026-02-14.
      { id: 'working', dueOn: '2026-02-14', daysOverdue: 16 },
      // heard on 2026-02-14 (16 days), 14 allowed: due 2026-02-28.
      { id: 'heard-late', dueOn: '2026-02-28', daysOverdue: 2 },
    ]);
  });

  it('uses the given limits', () => {
    const ids = overdueLoopItems(items, { today: '2026-03-02', heardWithinDays: 13, updateEveryDays: 29 }).map((o) => o.item.id);
    // 22, 46 − 29 = 17, 16 − 13 = 3, then two items 1 day over, in id order.
    expect(ids).toEqual(['paused-weekly', 'working', 'heard-late', 'heard-ok', 'paused-default']);
  });

  it('never lists adopted or declined items', () => {
    const ids = overdueLoopItems(items, { today: '2030-01-01' }).map((o) => o.item.id);
    expect(ids).not.toContain('old-adopted');
    expect(ids).not.toContain('old-declined');
    expect(ids).toHaveLength(5);
  });

  it('refuses a bad today', () => {
    expect(errorOf(() => overdueLoopItems(items, { today: '2026-02-30' })).field).toBe('today');
  });
});

describe('loopDigest', () => {
  it('groups items by outcome with counts and headings in both languages', () => {
    const items = [
      itemIn('adopted', '2026-01-10', 'a1'),
      itemIn('adopted', '2026-02-10', 'a2'),
      itemIn('declined', '2026-01-10', 'd1'),
      itemIn('in-progress', '2026-01-10', 'w1'),
      itemIn('heard', '2026-01-10', 'h1'),
    ];
    const digest = loopDigest(items);
    expect(digest.total).toBe(5);
    expect(digest.title.en).toBe('You said, we did');
    expect(digest.sections.map((s) => [s.status, s.count])).toEqual([
      ['adopted', 2],
      ['declined', 1],
      ['in-progress', 1],
      ['paused', 0],
      ['heard', 1],
    ]);
    expect(digest.sections[0]?.items.map((i) => i.id)).toEqual(['a2', 'a1']);
    expect(digest.sections[1]?.items[0]?.reason).toBe('The letter is set by the province.');
    for (const section of digest.sections) {
      expect(section.heading.en).toBeTruthy();
      expect(section.heading.fr).toBeTruthy();
      expect(section.heading.fr).not.toBe(section.heading.en);
    }
  });
});

describe('readLoopItemRecord', () => {
  it('reads back every item the ledger produces', () => {
    for (const status of LOOP_STATUSES) {
      const item = itemIn(status);
      expect(readLoopItemRecord(JSON.parse(JSON.stringify(item)))).toEqual(item);
    }
    const updated = recordLoopUpdate(transitionLoopItem(heard(), { to: 'paused', on: '2026-02-01', updateEveryDays: 10, reason: 'Waiting' }), { on: '2026-02-11', note: 'Still waiting.' });
    expect(readLoopItemRecord(updated)).toEqual(updated);
  });

  it('refuses records that do not hang together', () => {
    const item = itemIn('in-progress');
    expect(errorOf(() => readLoopItemRecord({ ...item, status: 'adopted' })).field).toBe('status');
    expect(errorOf(() => readLoopItemRecord({ ...item, lastUpdateOn: '2026-12-01' })).field).toBe('lastUpdateOn');
    expect(errorOf(() => readLoopItemRecord({ ...item, history: [...item.history, { status: 'heard', on: '2026-02-01' }], status: 'heard', lastUpdateOn: '2026-02-01' })).field).toBe('history.2');
    expect(errorOf(() => readLoopItemRecord({ ...itemIn('declined'), reason: undefined })).field).toBe('reason');
    expect(errorOf(() => readLoopItemRecord({ ...item, history: [] })).field).toBe('history');
  });
});
