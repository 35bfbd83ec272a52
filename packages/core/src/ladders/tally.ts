/**
 * Counting votes on a ladder. A {@link Tally} holds raw counts for computation and storage;
 * nothing here is safe to show as is: results reach a screen only through
 * `protectTally` / `protectSegmentedTally` (protection.ts).
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { fieldPath, readId, readInteger, readObject } from '../shared/validate.js';
import { assertSameLadder, countsByPosition, countsRecord, rungPositions, sum, unknownRung } from './positions.js';
import type { Ladder, Tally } from './types.js';

/** A tally with no votes: every rung of the ladder at zero. */
export function emptyTally(ladder: Ladder): Tally {
  return { ladderId: ladder.id, counts: countsRecord(ladder, []) };
}

/**
 * Counts votes, each given as the id of the chosen rung. Fast: one pass, no object created
 * per vote (a million votes take a few milliseconds).
 *
 * @throws ValidationError naming `votes.<index>` for the first vote whose rung is not on the ladder.
 */
export function tallyVotes(ladder: Ladder, rungIds: Iterable<string>): Tally {
  const positions = rungPositions(ladder);
  const counts = new Int32Array(ladder.rungs.length);
  if (Array.isArray(rungIds)) {
    const list: readonly unknown[] = rungIds;
    const length = list.length;
    for (let index = 0; index < length; index++) {
      const position = positions.get(list[index] as string);
      if (position === undefined) throw unknownRung(ladder, fieldPath('votes', index));
      counts[position]!++;
    }
  } else {
    let index = 0;
    for (const rungId of rungIds) {
      const position = positions.get(rungId);
      if (position === undefined) throw unknownRung(ladder, fieldPath('votes', index));
      counts[position]!++;
      index++;
    }
  }
  return { ladderId: ladder.id, counts: countsRecord(ladder, counts) };
}

/** How many votes a tally holds. */
export function tallyTotal(tally: Tally): number {
  return sum(Object.values(tally.counts));
}

/**
 * Adds tallies of the same ladder together (for example the tallies of several workshops).
 * An empty list gives an empty tally.
 *
 * @throws ValidationError naming `tallies.<index>.ladderId` when a tally is for another ladder.
 */
export function mergeTallies(ladder: Ladder, tallies: Iterable<Tally>): Tally {
  const totals = new Array<number>(ladder.rungs.length).fill(0);
  let index = 0;
  for (const tally of tallies) {
    assertSameLadder(ladder, tally.ladderId, fieldPath(fieldPath('tallies', index), 'ladderId'));
    const counts = countsByPosition(ladder, tally.counts);
    for (let position = 0; position < totals.length; position++) totals[position]! += counts[position]!;
    index++;
  }
  return { ladderId: ladder.id, counts: countsRecord(ladder, totals) };
}

/**
 * Reads a raw tally from outside (a stored file, a request): `{ ladderId, counts }` where
 * `counts` maps rung ids of this ladder to whole numbers of votes, zero or more. Rungs left
 * out count as zero; the result lists every rung.
 *
 * @param field - the field path of the tally in a larger input (default: the whole input).
 * @throws ValidationError naming the field at fault (e.g. `counts.co-design`).
 */
export function readTally(ladder: Ladder, input: unknown, field = ''): Tally {
  const raw = readObject(input, field, ['ladderId', 'counts']);
  const ladderField = fieldPath(field, 'ladderId');
  if (raw['ladderId'] === undefined) {
    throw invalid('required', ladderField, t('Please say which ladder these votes are for.', 'Veuillez indiquer l’échelle visée par ces votes.'));
  }
  assertSameLadder(ladder, readId(raw['ladderId'], ladderField), ladderField);
  const countsField = fieldPath(field, 'counts');
  if (raw['counts'] === undefined) {
    throw invalid('required', countsField, t('Please give the number of votes for each rung.', 'Veuillez donner le nombre de votes pour chaque échelon.'));
  }
  const rawCounts = readObject(raw['counts'], countsField, ladder.rungs.map((item) => item.id));
  const byPosition = ladder.rungs.map((item) => {
    const value = rawCounts[item.id];
    return value === undefined ? 0 : readInteger(value, fieldPath(countsField, item.id), { min: 0, max: Number.MAX_SAFE_INTEGER });
  });
  return { ladderId: ladder.id, counts: countsRecord(ladder, byPosition) };
}
