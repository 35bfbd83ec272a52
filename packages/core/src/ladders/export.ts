/**
 * CSV export of ladder results: one row per rung with its count and whole percentage.
 * `resultToCsv` exports what may be shown (protected results); `tallyToCsv` exports a raw
 * tally, for integrators and servers that hold one and decide themselves who may read it.
 */
import { toCsv, type CsvCell } from '../export/csv.js';
import type { Locale } from '../shared/text.js';
import { viewResult, type ResultView } from './display.js';
import type { Ladder, ProtectedResult, Tally } from './types.js';
import { tallyTotal } from './tally.js';

const HEADER = ['ladder', 'rung_id', 'rung', 'votes', 'percent'];

function rows(ladder: Ladder, view: ResultView, locale: Locale): CsvCell[][] {
  if (!view.visible) return [[ladder.id, '', '', view.total, '']];
  return view.rows.map((row) => [ladder.id, row.rung.id, row.rung.label[locale], row.count, row.percent]);
}

/**
 * A protected result as CSV. When the group is too small to show the split, the file has
 * one row with the total only, exactly as a screen would show it.
 */
export function resultToCsv(ladder: Ladder, result: ProtectedResult, locale: Locale = 'en'): string {
  return toCsv({ header: HEADER, rows: rows(ladder, viewResult(ladder, result), locale) });
}

/** A raw tally as CSV, every rung shown. Keep such files away from small-group audiences. */
export function tallyToCsv(ladder: Ladder, tally: Tally, locale: Locale = 'en'): string {
  const result: ProtectedResult = { ladderId: tally.ladderId, minGroupSize: 0, total: tallyTotal(tally), counts: tally.counts };
  return resultToCsv(ladder, result, locale);
}
