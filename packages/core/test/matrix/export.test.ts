import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.js';
import { activitiesToCsv, activityRows, analyseMatrix, matrixRows, matrixToCsv, type Activity } from '../../src/matrix/index.js';

const activities: Activity[] = [
  { id: 'a1', place: 'clinic', phase: 'implement', title: 'Patients on the improvement team' },
  { id: 'a2', place: 'clinic', phase: 'implement', title: '=HYPERLINK("x")', note: 'Line one\nline two, with a comma' },
  { id: 'a3', place: 'region', phase: 'design', title: '<b>policy</b> together' },
];

describe('matrix export', () => {
  it('gives 16 plain rows with labels in the chosen language', () => {
    const rows = matrixRows(activities, 'fr');
    expect(rows).toHaveLength(16);
    expect(rows[6]).toEqual({ place: 'clinic', placeLabel: 'Clinique', phase: 'implement', phaseLabel: 'Mise en œuvre', activities: 2, filled: true });
    expect(rows[0]?.filled).toBe(false);
    expect(matrixRows(analyseMatrix(activities))).toEqual(matrixRows(activities));
  });

  it('writes the cells as CSV', () => {
    const table = parseCsv(matrixToCsv(analyseMatrix(activities)));
    expect(table[0]).toEqual(['place', 'place_label', 'phase', 'phase_label', 'activities', 'filled']);
    expect(table).toHaveLength(17);
    expect(table[7]).toEqual(['clinic', 'Clinic', 'implement', 'Implement', '2', 'true']);
    expect(table[13]).toEqual(['region', 'Geographic region / system', 'design', 'Design', '1', 'true']);
  });

  it('writes activities as CSV, keeping text as text and neutralising formulas', () => {
    const csv = activitiesToCsv(activities);
    expect(csv).toContain(`'=HYPERLINK`);
    const table = parseCsv(csv);
    expect(table[0]).toEqual(['id', 'place', 'place_label', 'phase', 'phase_label', 'title', 'note']);
    expect(table[2]).toEqual(['a2', 'clinic', 'Clinic', 'implement', 'Implement', '=HYPERLINK("x")', 'Line one\nline two, with a comma']);
    expect(table[3]?.[5]).toBe('<b>policy</b> together');
    expect(activityRows(activities)[0]?.note).toBe('');
  });
});
