/**
 * Every word `<pledge-card>` and `<pledge-wall>` show, in English and French. The pledge's
 * opening sentence itself comes from @partnerkit/core (`PLEDGE_PROMPT`).
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core/shared/text.js';

/** Words of `<pledge-card>`. */
export const CARD_MESSAGES = {
  /** Heading above the form. */
  heading: t('Make a pledge', 'Prendre un engagement'),
  /** Short help under the heading. */
  intro: t(
    'Finish the sentence with one thing you will do. Keep it short and real.',
    'Terminez la phrase avec une chose que vous ferez. Restez bref et concret.',
  ),
  /** Character counter while there is room left. */
  charactersLeft: {
    one: t('{count} character left', '{count} caractère restant'),
    other: t('{count} characters left', '{count} caractères restants'),
  } satisfies PluralText,
  /** Character counter once the text is too long. */
  charactersOver: {
    one: t('{count} character too many', '{count} caractère en trop'),
    other: t('{count} characters too many', '{count} caractères en trop'),
  } satisfies PluralText,
  /** The consent checkbox. */
  consent: t('Show my name with my pledge', 'Afficher mon nom avec mon engagement'),
  /** Help under the consent checkbox. */
  consentHint: t(
    'If you leave this unticked, we do not keep your name.',
    'Si vous ne cochez pas cette case, nous ne gardons pas votre nom.',
  ),
  /** Label of the name field. */
  name: t('Your name', 'Votre nom'),
  /** Legend of the follow-up choice. */
  followUp: t('When will you look back on your pledge?', 'Quand ferez-vous le point sur votre engagement ?'),
  /** One follow-up choice. */
  followUpOption: t('In {days} days', 'Dans {days} jours'),
  /** The submit button. */
  submit: t('Make my pledge', 'Prendre mon engagement'),
  /** The submit button while saving. */
  saving: t('Saving…', 'Enregistrement…'),
  /** Summary above inline errors. */
  fixErrors: t('Please check your pledge: one answer needs a change.', 'Veuillez vérifier votre engagement : une réponse doit être modifiée.'),
  /** Inline error when the pledge is empty. */
  textRequired: t('Please write what you will do.', 'Veuillez écrire ce que vous ferez.'),
  /** Inline error when the pledge is too long. */
  textTooLong: t(
    'Your pledge is too long. Please keep it to {max} characters.',
    'Votre engagement est trop long. Veuillez le limiter à {max} caractères.',
  ),
  /** Inline error when the name is too long. */
  nameTooLong: t('Your name is too long. Please keep it to {max} characters.', 'Votre nom est trop long. Veuillez le limiter à {max} caractères.'),
  /** Status after the store kept the pledge. */
  saved: t('Thank you. Your pledge is saved.', 'Merci. Votre engagement est enregistré.'),
  /** Status when the pledge was saved on this device because the server cannot be reached. */
  queued: t(
    'Saved on this device. It will be sent when you are back online.',
    'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.',
  ),
  /** Status once a pledge saved on this device reached the server. */
  pledgeSent: t('Your pledge was sent. Thank you.', 'Votre engagement a été envoyé. Merci.'),
  /** Status when the page handles data itself (no store). */
  sent: t('Thank you. Your pledge is made.', 'Merci. Votre engagement est pris.'),
  /** Heading of the finished card. */
  cardHeading: t('My pledge', 'Mon engagement'),
  /** Who made it, on the finished card and the wall. */
  by: t('By {name}', 'De {name}'),
  /** Follow-up day on the finished card. */
  lookBack: t('I will look back on it on {date}.', 'Je ferai le point le {date}.'),
  /** The print button. */
  print: t('Print my pledge', 'Imprimer mon engagement'),
  /** Start again for the next person. */
  another: t('Make another pledge', 'Prendre un autre engagement'),
  /** Retry after a failure. */
  retry: t('Try again', 'Réessayer'),
} as const;

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
  joinQueued: t(
    'Saved on this device. It will be sent when you are back online.',
    'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.',
  ),
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
  retry: t('Try again', 'Réessayer'),
} as const satisfies Record<string, LocalizedText | PluralText>;
