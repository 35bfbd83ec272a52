/**
 * The words of `<pledge-wall>`'s list of pledges, in English and French: they load with the
 * pledges (wall-list.ts), not with the element.
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';

/** Words of the list of pledges. */
export const WALL_LIST_MESSAGES = {
  /** How many pledges are on the wall. */
  count: {
    one: t('{count} pledge, newest first.', '{count} engagement, du plus récent au plus ancien.'),
    other: t('{count} pledges, newest first.', '{count} engagements, du plus récent au plus ancien.'),
  } satisfies PluralText,
  /** When a pledge's maker kept their name to themselves. */
  anonymous: t('Someone on the team', 'Une personne de l’équipe'),
  /** When the pledge was made. */
  madeOn: t('Made on {date}', 'Pris le {date}'),
  /** How many joined. */
  joined: {
    one: t('{count} person will do this too', '{count} personne le fera aussi'),
    other: t('{count} people will do this too', '{count} personnes le feront aussi'),
  } satisfies PluralText,
  /** The join button. */
  join: t('I’ll do this too', 'Je le ferai aussi'),
  /** The join button once this person joined. */
  joinedByYou: t('You joined', 'Vous participez'),
} as const satisfies Record<string, LocalizedText | PluralText>;
