/**
 * What a pledge form shows before anything is checked: the sentence every pledge finishes,
 * the limits, and the live character count. Apart from the readers in draft.ts, so a page
 * can draw the form without loading them.
 */
import { t, type LocalizedText } from '../shared/text.js';
import type { FollowUpDays } from './types.js';

/** The start of every pledge; the maker finishes the sentence. */
export const PLEDGE_PROMPT: LocalizedText = t(
  'I will work in partnership with patients and people by …',
  'Je travaillerai en partenariat avec les patients et les personnes en …',
);

/** Most characters a pledge may have, counted as a person sees them (emoji count once). */
export const MAX_PLEDGE_LENGTH = 280;

/** Most characters of the name shown with a pledge. */
export const MAX_PLEDGE_NAME_LENGTH = 80;

/** Days to the follow-up when none is chosen. */
export const DEFAULT_FOLLOW_UP_DAYS: FollowUpDays = 30;

/** Characters as a person counts them: one per code point, so an emoji counts once. */
function characterCount(text: string): number {
  let count = 0;
  // A for…of loop walks code points without building an array.
  for (const _character of text) count += 1;
  return count;
}

/**
 * How many characters are left before a pledge reaches {@link MAX_PLEDGE_LENGTH}, for a
 * live counter. Counts the text as it will be kept (trimmed). Negative when over.
 */
export function remainingCharacters(text: string): number {
  if (typeof text !== 'string') return MAX_PLEDGE_LENGTH;
  // Very long text: its length in code units is enough to say how far over it is, quickly.
  if (text.length > MAX_PLEDGE_LENGTH * 4 + 1024) return MAX_PLEDGE_LENGTH - text.trim().length;
  return MAX_PLEDGE_LENGTH - characterCount(text.trim());
}
