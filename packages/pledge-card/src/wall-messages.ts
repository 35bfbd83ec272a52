/**
 * The words `<pledge-wall>` loads first, in English and French: its heading, loading, empty
 * and status lines. The list's own words load with the pledges (wall-list-messages.ts). The
 * pledge's opening sentence comes from @partnerkit/core (`PLEDGE_PROMPT`); words `<pledge-card>`
 * also shows come from shared-messages.ts, so a page with both elements loads them once.
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';
import { SHARED_MESSAGES } from './shared-messages.js';

/** Words of `<pledge-wall>` around its list: heading, loading, empty and status lines. */
export const WALL_SHELL_MESSAGES = {
  /** Heading of the wall. */
  heading: t('Our pledges', 'Nos engagements'),
  /** The line under the heading that says what each pledge finishes. */
  about: t('Each pledge finishes the sentence “{prompt}”', 'Chaque engagement termine la phrase « {prompt} »'),
  /** While the wall loads. */
  loading: t('Loading the pledges…', 'Chargement des engagements…'),
  /** The empty state. */
  empty: t('No pledges yet. Be the first to make one.', 'Aucun engagement pour le moment. Soyez la première personne à en prendre un.'),
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
