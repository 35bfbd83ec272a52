/**
 * Loading a ladder by id, fetching only that ladder's module: a page that shows one ladder
 * does not download the others. The synchronous {@link resolveLadder} (every built-in ladder
 * at hand) stays the way to go in Node.js.
 */
import { isBuiltInLadderId, unknownLadder, type BuiltInLadderId } from './ids.js';
import type { Ladder } from './types.js';

/** Each built-in ladder's module, loaded on first use. */
const LOADERS: Readonly<Record<BuiltInLadderId, () => Promise<Ladder>>> = {
  participation: () => import('./built-in/participation.js').then((module) => module.PARTICIPATION_LADDER),
  'co-production': () => import('./built-in/co-production.js').then((module) => module.CO_PRODUCTION_LADDER),
  arnstein: () => import('./built-in/arnstein.js').then((module) => module.ARNSTEIN_LADDER),
  iap2: () => import('./built-in/iap2.js').then((module) => module.IAP2_LADDER),
  continuum: () => import('./built-in/continuum.js').then((module) => module.CONTINUUM_LADDER),
};

/**
 * The ladder with this id: one of `customLadders` when its id matches, otherwise the
 * built-in ladder, whose module is loaded now. The same ladder as {@link resolveLadder}
 * gives, without loading every built-in ladder up front.
 *
 * @param customLadders - custom ladders (already checked with `defineLadder`) to look in first.
 * @param field - the field path to name in the error (default `ladderId`).
 * @throws ValidationError when no such ladder exists (the promise rejects).
 */
export async function loadLadder(id: unknown, customLadders: readonly Ladder[] = [], field = 'ladderId'): Promise<Ladder> {
  const custom = customLadders.find((ladder) => ladder.id === id);
  if (custom !== undefined) return custom;
  if (!isBuiltInLadderId(id)) throw unknownLadder(field, customLadders.map((ladder) => ladder.id));
  return LOADERS[id]();
}
