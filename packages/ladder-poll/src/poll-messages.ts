/**
 * The words `<ladder-poll>` itself shows (loading, errors, what happened to an answer), in
 * English and French. The form's and results' words load with them (poll-body-messages.ts).
 */
import { t, type LocalizedText } from '@partnerkit/core/shared/text.js';

/** The loading, status and error messages, by name. Placeholders in braces are filled with `format`. */
export const POLL_MESSAGES = {
  loading: t('Loading the poll…', 'Chargement du sondage…'),
  noPoll: t(
    'This poll cannot be shown: it has no name. The page needs to give it one.',
    'Ce sondage ne peut pas s’afficher : il n’a pas de nom. La page doit lui en donner un.',
  ),
  noPollWarning: t(
    '<ladder-poll> needs a poll attribute, for example <ladder-poll poll="team-2024">.',
    '<ladder-poll> a besoin d’un attribut poll, par exemple <ladder-poll poll="equipe-2024">.',
  ),
  loadFailed: t('The poll could not be loaded.', 'Le sondage n’a pas pu être chargé.'),
  retry: t('Try again', 'Réessayer'),
  savedKiosk: t(
    'Thank you, your answer is saved. The next person can answer now.',
    'Merci, votre réponse est enregistrée. La personne suivante peut répondre.',
  ),
  savedOwn: t(
    'Thank you, your answer is saved. You can change it until the poll closes.',
    'Merci, votre réponse est enregistrée. Vous pouvez la modifier jusqu’à la fermeture du sondage.',
  ),
  sentOnly: t('Thank you, your answer was sent.', 'Merci, votre réponse a été envoyée.'),
  queued: t(
    'Saved on this device. It will be sent when you are back online.',
    'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.',
  ),
  voteWaiting: t(
    'Your answer is saved on this device. It will be sent when you are back online.',
    'Votre réponse est enregistrée sur cet appareil. Elle sera envoyée quand vous serez de nouveau en ligne.',
  ),
  voteSent: t('Your vote was sent.', 'Votre vote a été envoyé.'),
  notOpenYet: t(
    'This poll is not open yet. It will appear here as soon as it opens.',
    'Ce sondage n’est pas encore ouvert. Il apparaîtra ici dès son ouverture.',
  ),
  failed: t('That did not work: {message}', 'Cela n’a pas fonctionné : {message}'),
} satisfies Record<string, LocalizedText>;
