/**
 * CSV export of the contribution log and the "you said, we did" ledger, through the SDK's
 * spreadsheet-safe {@link toCsv}. For JSON, export the records themselves (they are plain
 * data): `toJsonText(contributions)`.
 */
import { toCsv } from '../export/csv.js';
import type { Contribution, LoopItem } from './types.js';

/** Column names of {@link contributionsToCsv}: the record's field names. */
export const CONTRIBUTION_CSV_HEADER = ['id', 'partnerId', 'partnerName', 'project', 'role', 'date', 'hours', 'kind', 'phase', 'note'] as const;

/** The contribution log as CSV text, one row per contribution, in the order given. */
export function contributionsToCsv(contributions: readonly Contribution[]): string {
  return toCsv({
    header: CONTRIBUTION_CSV_HEADER,
    rows: contributions.map((c) => [c.id, c.partnerId, c.partnerName, c.project, c.role, c.date, c.hours, c.kind, c.phase, c.note]),
  });
}

/** Column names of {@link loopItemsToCsv}. `history` holds one line per entry. */
export const LOOP_ITEM_CSV_HEADER = ['id', 'said', 'source', 'receivedOn', 'status', 'reason', 'updateEveryDays', 'lastUpdateOn', 'history'] as const;

/** The ledger as CSV text. The history cell reads `2026-03-02 in-progress: note`, one entry a line. */
export function loopItemsToCsv(items: readonly LoopItem[]): string {
  return toCsv({
    header: LOOP_ITEM_CSV_HEADER,
    rows: items.map((item) => [
      item.id,
      item.said,
      item.source,
      item.receivedOn,
      item.status,
      item.reason,
      item.updateEveryDays,
      item.lastUpdateOn,
      item.history.map((entry) => `${entry.on} ${entry.status}${entry.note === undefined ? '' : `: ${entry.note}`}`).join('\n'),
    ]),
  });
}
