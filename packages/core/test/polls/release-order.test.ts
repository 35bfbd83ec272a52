import { describe, expect, it } from 'vitest';
import type { ReleasedResults } from '../../src/ladders/types.js';
import { releaseOrder } from '../../src/polls/release-order.js';

function release(version: number, releasedAt: string): ReleasedResults {
  return { pollId: 'p', version, releasedAt, changeCount: version, final: false, result: { ladderId: 'participation', minGroupSize: 3, total: 0, counts: null } };
}

describe('releaseOrder', () => {
  const shown = release(4, '2026-03-31T09:00:05.000Z');

  it('takes the first results and any later release', () => {
    expect(releaseOrder(undefined, shown)).toBe('newer');
    expect(releaseOrder(shown, release(5, '2026-03-31T09:00:06.000Z'))).toBe('newer');
    expect(releaseOrder(shown, release(5, '2026-03-31T09:00:05.000Z'))).toBe('newer');
    expect(releaseOrder(shown, shown)).toBe('newer');
  });

  it('ignores a late answer about an earlier release', () => {
    expect(releaseOrder(shown, release(3, '2026-03-31T09:00:04.000Z'))).toBe('older');
    expect(releaseOrder(shown, release(0, '2026-03-31T08:00:00.000Z'))).toBe('older');
    expect(releaseOrder(shown, release(3, '2026-03-31T09:00:05.000Z'))).toBe('older');
  });

  it('tells a reset apart: released later, with a lower version', () => {
    expect(releaseOrder(shown, release(0, '2026-03-31T09:01:00.000Z'))).toBe('restarted');
  });
});
