/**
 * CSV export of pledges through the SDK's spreadsheet-safe {@link toCsv}. For JSON, export
 * the pledges themselves (they are plain data), after {@link wallListing} when the file
 * leaves the team.
 */
import { toCsv } from '../export/csv.js';
import type { Pledge } from './types.js';

/** Column names of {@link pledgesToCsv}: the pledge's field names. */
export const PLEDGE_CSV_HEADER = [
  'id',
  'wallId',
  'text',
  'name',
  'nameConsent',
  'followUpDays',
  'followUpOn',
  'status',
  'reflection',
  'joinCount',
  'createdAt',
  'updatedAt',
] as const;

/** Pledges as CSV text, in the order given. The name cell is empty unless its maker consented. */
export function pledgesToCsv(pledges: readonly Pledge[]): string {
  return toCsv({
    header: PLEDGE_CSV_HEADER,
    rows: pledges.map((p) => [
      p.id,
      p.wallId,
      p.text,
      p.nameConsent === true ? p.name : undefined,
      p.nameConsent,
      p.followUpDays,
      p.followUpOn,
      p.status,
      p.reflection,
      p.joinCount,
      p.createdAt,
      p.updatedAt,
    ]),
  });
}
