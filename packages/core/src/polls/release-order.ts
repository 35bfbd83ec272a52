/**
 * Which of two released results to show. Results reach a screen by two roads, live events
 * and reads, and a read answered late can be older than an event already shown.
 */
import type { ReleasedResults } from '../ladders/types.js';

/**
 * How `next` stands against the results shown now:
 * - `newer`: show it;
 * - `older`: a late answer about an earlier release: keep what is shown;
 * - `restarted`: the poll was reset since (a fresh start, released later with a lower
 *   version): show it and forget the person's earlier answer.
 */
export function releaseOrder(shown: ReleasedResults | undefined, next: ReleasedResults): 'newer' | 'older' | 'restarted' {
  if (shown === undefined) return 'newer';
  if (next.releasedAt > shown.releasedAt) return next.version < shown.version ? 'restarted' : 'newer';
  if (next.releasedAt === shown.releasedAt && next.version >= shown.version) return 'newer';
  return 'older';
}
