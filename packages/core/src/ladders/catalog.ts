/** The ladders that ship with the SDK, and how to find one by id. */
import { ARNSTEIN_LADDER } from './built-in/arnstein.js';
import { CO_PRODUCTION_LADDER } from './built-in/co-production.js';
import { CONTINUUM_LADDER } from './built-in/continuum.js';
import { IAP2_LADDER } from './built-in/iap2.js';
import { PARTICIPATION_LADDER } from './built-in/participation.js';
import type { Ladder } from './types.js';

export { DEFAULT_LADDER_ID, isBuiltInLadderId, LADDER_IDS, type BuiltInLadderId } from './ids.js';

/** Every built-in ladder, in the order of {@link LADDER_IDS}. */
export const BUILT_IN_LADDERS: readonly Ladder[] = Object.freeze([
  PARTICIPATION_LADDER,
  CO_PRODUCTION_LADDER,
  ARNSTEIN_LADDER,
  IAP2_LADDER,
  CONTINUUM_LADDER,
]);

const BY_ID: ReadonlyMap<string, Ladder> = new Map(BUILT_IN_LADDERS.map((ladder) => [ladder.id, ladder]));

/** The built-in ladder with this id, or `undefined` when there is none. */
export function getBuiltInLadder(id: string): Ladder | undefined {
  return BY_ID.get(id);
}

export { ARNSTEIN_LADDER, CO_PRODUCTION_LADDER, CONTINUUM_LADDER, IAP2_LADDER, PARTICIPATION_LADDER };
