import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { contributionsToCsv, loopItemsToCsv, readLoopItem, transitionLoopItem } from '../../src/recognition/index.js';
import { contribution as c } from './helpers.js';

describe('contributionsToCsv', () => {
  it('writes one row per contribution with the record’s field names', () => {
    const csv = contributionsToCsv([
      c({ id: 'c1', partnerName: 'Lena, Roy', hours: 1.5, phase: 'plan', note: '=SUM(A1:A2)\nsecond line' }),
      c({ id: 'c2' }),
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['id', 'partnerId', 'partnerName', 'project', 'role', 'date', 'hours', 'kind', 'phase', 'note']);
    expect(rows[1]).toEqual(['c1', 'p1', 'Lena, Roy', 'Discharge checklist', 'Patient partner', '2026-01-10', '1.5', 'meeting', 'plan', '=SUM(A1:A2)\nsecond line']);
    expect(rows[2]).toEqual(['c2', 'p1', '', 'Discharge checklist', 'Patient partner', '2026-01-10', '2', 'meeting', '', '']);
    // In the file itself the formula is neutralised.
    expect(parseCsv(csv, false)[1]?.[9]).toBe("'=SUM(A1:A2)\nsecond line");
  });
});

describe('loopItemsToCsv', () => {
  it('writes the ledger with its history, one entry a line', () => {
    const item = transitionLoopItem(readLoopItem({ id: 'i1', said: '+1 more chairs', receivedOn: '2026-01-05' }), {
      to: 'declined',
      on: '2026-01-20',
      reason: 'No room',
      note: 'Told the council',
    });
    const rows = parseCsv(loopItemsToCsv([item]));
    expect(rows[0]).toEqual(['id', 'said', 'source', 'receivedOn', 'status', 'reason', 'updateEveryDays', 'lastUpdateOn', 'history']);
    expect(rows[1]).toEqual(['i1', '+1 more chairs', '', '2026-01-05', 'declined', 'No room', '', '2026-01-20', '2026-01-05 heard\n2026-01-20 declined: Told the council']);
  });
});
