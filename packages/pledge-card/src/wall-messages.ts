/**
 * The words `<pledge-wall>` shows, in English and French. The pledge's opening sentence itself
 * comes from @partnerkit/core (`PLEDGE_PROMPT`); words `<pledge-card>` also shows come from
 * shared-messages.ts, so a page with both elements loads them once.
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';
import { SHARED_MESSAGES } from './shared-messages.js';

/** Words of `<pledge-wall>`. */
export const WALL_MESSAGES = {
  /** Heading of the wall. */
  heading: t('Our pledges', 'Nos engagements'),
  /** The line under the heading that says what each pledge finishes. */
  about: t('Each pledge finishes the sentence “{prompt}”', 'Chaque engagement termine la phrase « {prompt} »'),
  /** How many pledges are on the wall. */
  count: {
    one: t('{count} pledge, newest first.', '{count} engagement, du plus récent au plus ancien.'),
    other: t('{count} pledges, newest first.', '{count} engagements, du plus récent au plus ancien.'),
  } satisfies PluralText,
  /** While the wall loads. */
  loading: t('Loading the pledges…', 'Chargement des engagements…'),
  /** The empty state. */
  empty: t('No pledges yet. Be the first to make one.', 'Aucun engagement pour le moment. Soyez la première personne à en prendre un.'),
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
  /** Status when joining was saved on this device because the server cannot be reached. */
  joinQueued: SHARED_MESSAGES.savedOnDevice,
  /** Status once a join saved on this device reached the server. */
  joinSent: t('Sent. You joined this pledge.', 'Envoyé. Vous participez à cet engagement.'),
  /** Status after joining. */
  joinDone: t('Thank you. You joined this pledge.', 'Merci. Vous participez à cet engagement.'),
  /** Pause live updates. */
  pause: t('Pause new pledges', 'Mettre en pause les nouveaux engagements'),
  /** Resume live updates. */
  resume: t('Show new pledges', 'Afficher les nouveaux engagements'),
  /** Status when paused. */
  paused: t('New pledges are paused. The wall will not change until you show them.', 'Les nouveaux engagements sont en pause. Le mur ne changera pas tant que vous ne les affichez pas.'),
  /** Status when live updates resume. */
  resumed: t('New pledges show again.', 'Les nouveaux engagements s’affichent de nouveau.'),
  /** Retry after a failure. */
  retry: SHARED_MESSAGES.retry,
} as const satisfies Record<string, LocalizedText | PluralText>;
