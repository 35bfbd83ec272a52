/**
 * What a pledge wall shows: newest first, names only with consent. Apart from the follow-up
 * rules in wall.ts (which read dates), so a page can list a wall without loading the readers.
 */
import { compareText } from '../shared/text.js';
import type { Pledge } from './types.js';

/**
 * A pledge as a wall may show it: a copy without the name unless its maker consented.
 * Stores already drop names given without consent; this is a second guard.
 */
export function publicPledge(pledge: Pledge): Pledge {
  if (pledge.nameConsent === true) return { ...pledge };
  const { name: _name, ...rest } = pledge;
  return rest;
}

/** Newest first by `createdAt`, then by id so the order never wobbles. */
function newestFirst(a: Pledge, b: Pledge): number {
  return compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id);
}

/** The pledges for a wall, newest first, never with a name its maker did not consent to show. */
export function wallListing(pledges: readonly Pledge[]): Pledge[] {
  return pledges.map(publicPledge).sort(newestFirst);
}
