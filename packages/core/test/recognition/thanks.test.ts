import { describe, expect, it } from 'vitest';
import { partnersDueThanks } from '../../src/recognition/index.js';
import { acknowledgement as ack, contribution as c } from './helpers.js';
import { errorOf } from '../support.js';

const contributions = [
  c({ id: 'c1', partnerId: 'p1', date: '2026-01-31', hours: 2, partnerName: 'Old name' }),
  c({ id: 'c2', partnerId: 'p1', date: '2026-02-20', hours: 1.25, partnerName: 'Lena Roy' }),
  c({ id: 'c3', partnerId: 'p2', date: '2026-01-01' }),
  c({ id: 'c4', partnerId: 'p2', date: '2026-02-01' }),
  c({ id: 'c5', partnerId: 'p3', date: '2025-12-01' }),
  c({ id: 'c6', partnerId: 'p3', date: '2026-01-06', hours: 3 }),
  c({ id: 'c7', partnerId: 'p4', date: '2026-03-10' }),
  c({ id: 'c8', partnerId: 'p5', date: '2026-01-01' }),
];
const acknowledgements = [
  ack({ id: 'a1', partnerId: 'p2', date: '2026-01-01' }),
  ack({ id: 'a2', partnerId: 'p3', date: '2026-01-05', kind: 'letter' }),
  ack({ id: 'a3', partnerId: 'p5', date: '2026-02-15', kind: 'call' }),
];

describe('partnersDueThanks', () => {
  it('lists partners waiting at least 30 days, most overdue first (hand-checked days)', () => {
    const due = partnersDueThanks(contributions, acknowledgements, { today: '2026-03-02' });
    expect(due).toEqual([
      // 2026-01-06 → 2026-03-02: 26 days left in January, 28 in February, 1 in March = 55.
      { partnerId: 'p3', oldestUnthankedOn: '2026-01-06', daysWaiting: 55, unthankedCount: 1, unthankedHours: 3, lastThankedOn: '2026-01-05' },
      // 2026-01-31 → 2026-03-02 = 30 days (February 2026 has 28 days).
      { partnerId: 'p1', partnerName: 'Lena Roy', oldestUnthankedOn: '2026-01-31', daysWaiting: 30, unthankedCount: 2, unthankedHours: 3.25 },
    ]);
  });

  it('counts an acknowledgement on the same day as following the contribution', () => {
    // p2's 2026-01-01 contribution was thanked that day; 2026-02-01 → 2026-03-02 is 29 days.
    const due = partnersDueThanks(contributions, acknowledgements, { today: '2026-03-02', afterDays: 29 });
    expect(due.find((d) => d.partnerId === 'p2')).toMatchObject({ oldestUnthankedOn: '2026-02-01', daysWaiting: 29, unthankedCount: 1, lastThankedOn: '2026-01-01' });
    expect(partnersDueThanks(contributions, acknowledgements, { today: '2026-03-02' }).map((d) => d.partnerId)).not.toContain('p2');
  });

  it('ignores future contributions and partners thanked since', () => {
    const ids = partnersDueThanks(contributions, acknowledgements, { today: '2026-03-02', afterDays: 0 }).map((d) => d.partnerId);
    expect(ids).not.toContain('p4');
    expect(ids).not.toContain('p5');
  });

  it('does not count another partner’s acknowledgement', () => {
    const due = partnersDueThanks([c({ partnerId: 'p9', date: '2026-01-01' })], [ack({ partnerId: 'p8', date: '2026-02-01' })], { today: '2026-02-01' });
    expect(due).toEqual([{ partnerId: 'p9', oldestUnthankedOn: '2026-01-01', daysWaiting: 31, unthankedCount: 1, unthankedHours: 2 }]);
  });

  it('handles leap years: 2024-01-31 → 2024-03-01 is 30 days', () => {
    const due = partnersDueThanks([c({ date: '2024-01-31' })], [], { today: '2024-03-01' });
    expect(due[0]?.daysWaiting).toBe(30);
    expect(partnersDueThanks([c({ date: '2024-02-01' })], [], { today: '2024-03-01' })).toEqual([]);
  });

  it('with afterDays 0 lists a contribution made today', () => {
    expect(partnersDueThanks([c({ date: '2026-05-05' })], [], { today: '2026-05-05', afterDays: 0 })[0]?.daysWaiting).toBe(0);
  });

  it('accepts a Date or date-time for today, using its UTC day', () => {
    const due = partnersDueThanks([c({ date: '2026-01-01' })], [], { today: new Date('2026-01-31T23:59:00Z') });
    expect(due[0]?.daysWaiting).toBe(30);
    expect(partnersDueThanks([c({ date: '2026-01-01' })], [], { today: '2026-01-31T20:00:00-05:00' })[0]?.daysWaiting).toBe(31);
  });

  it('breaks ties by partner id', () => {
    const due = partnersDueThanks([c({ id: 'x', partnerId: 'zed', date: '2026-01-01' }), c({ id: 'y', partnerId: 'amy', date: '2026-01-01' })], [], { today: '2026-03-01' });
    expect(due.map((d) => d.partnerId)).toEqual(['amy', 'zed']);
  });

  it('refuses a bad today or afterDays with a ValidationError', () => {
    expect(errorOf(() => partnersDueThanks([], [], { today: 'soon' })).field).toBe('today');
    expect(errorOf(() => partnersDueThanks([], [], { today: '2026-01-01', afterDays: -1 })).field).toBe('afterDays');
  });
});
