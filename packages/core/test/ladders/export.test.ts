import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { PARTICIPATION_LADDER, protectTally, resultToCsv, tallyToCsv, tallyVotes } from '../../src/ladders/index.js';

const [first, second] = PARTICIPATION_LADDER.rungs.map((rung) => rung.id);

describe('ladder CSV export', () => {
  it('writes one row per rung with counts and whole percentages', () => {
    const tally = tallyVotes(PARTICIPATION_LADDER, [first!, first!, second!]);
    const table = parseCsv(tallyToCsv(PARTICIPATION_LADDER, tally, 'fr'));
    expect(table[0]).toEqual(['ladder', 'rung_id', 'rung', 'votes', 'percent']);
    expect(table).toHaveLength(7);
    expect(table[1]).toEqual(['participation', first, 'Consommateurs passifs', '2', '67']);
    expect(table[2]).toEqual(['participation', second, 'Informés, sans influence', '1', '33']);
  });

  it('exports only the total of a protected result for a small group', () => {
    const result = protectTally(tallyVotes(PARTICIPATION_LADDER, [first!, second!]), { minGroupSize: 5 });
    expect(parseCsv(resultToCsv(PARTICIPATION_LADDER, result))).toEqual([
      ['ladder', 'rung_id', 'rung', 'votes', 'percent'],
      ['participation', '', '', '2', ''],
    ]);
  });
});
