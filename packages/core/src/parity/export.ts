/** Parity scores as plain rows for JSON and as CSV text for spreadsheets. */
import { toCsv } from '../export/csv.js';
import { localize, t, type Locale } from '../shared/text.js';
import { parityFactorById } from './factors.js';
import type { ParityScore } from './score.js';

/** One line of a parity export: a factor, or the overall score (`factor` is `overall`). */
export interface ParityRow {
  /** The factor id, or `overall` for the last row. */
  readonly factor: string;
  /** The factor name in the wanted language. */
  readonly label: string;
  /** Exact score, 0–100, or `null`. */
  readonly score: number | null;
  /** Whole-number score for display, or `null`. */
  readonly rounded: number | null;
  /** Items answered, `not-applicable` included. */
  readonly answered: number;
  /** Items answered with something other than `not-applicable`. */
  readonly applicable: number;
  /** Items in the checklist. */
  readonly items: number;
}

/** Column names of {@link parityToCsv}, in order. */
export const PARITY_CSV_HEADER = ['factor', 'label', 'score', 'rounded', 'answered', 'applicable', 'items'] as const;

const OVERALL_LABEL = t('Overall', 'Ensemble');

/** The seven factors then the overall score, as plain rows with labels in the wanted language. */
export function parityRows(score: ParityScore, locale: Locale = 'en'): ParityRow[] {
  const rows: ParityRow[] = score.factors.map((factor) => ({
    factor: factor.factorId,
    label: localize(parityFactorById(factor.factorId).label, locale),
    score: factor.score,
    rounded: factor.rounded,
    answered: factor.answered,
    applicable: factor.applicable,
    items: factor.itemCount,
  }));
  rows.push({
    factor: 'overall',
    label: localize(OVERALL_LABEL, locale),
    score: score.overall.score,
    rounded: score.overall.rounded,
    answered: rows.reduce((total, row) => total + row.answered, 0),
    applicable: rows.reduce((total, row) => total + row.applicable, 0),
    items: rows.reduce((total, row) => total + row.items, 0),
  });
  return rows;
}

/** CSV text of a parity score (see {@link PARITY_CSV_HEADER}); a missing score is an empty cell. */
export function parityToCsv(score: ParityScore, locale: Locale = 'en'): string {
  const rows = parityRows(score, locale).map((row) => [row.factor, row.label, row.score, row.rounded, row.answered, row.applicable, row.items]);
  return toCsv({ header: PARITY_CSV_HEADER, rows });
}
