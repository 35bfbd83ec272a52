/**
 * The words of the checklist's shell (heading, loading and error lines, status lines), in
 * English and French: what `<parity-checklist>` loads first. The checklist body's words load
 * with the saved answers (checklist-body-messages.ts), the summary's with the summary
 * (summary-messages.ts).
 */
import { t } from '@partnerkit/core/shared/text.js';

/** The shell's texts. */
export const CHECKLIST_MESSAGES = {
  /** Main heading. */
  title: t('Parity checklist', 'Liste de contrôle de la parité'),
  /** Button that tries loading again. */
  retry: t('Try again', 'Réessayer'),
  /** While the saved answers load. */
  loading: t('Loading your answers…', 'Chargement de vos réponses…'),
  /** When the saved answers could not be loaded. */
  loadFailed: t('Your saved answers could not be loaded.', 'Vos réponses enregistrées n’ont pas pu être chargées.'),
  /** Status after an answer was saved. */
  saved: t('Answer saved. {progress}.', 'Réponse enregistrée. {progress}.'),
  /** Status when answers were saved on this device because the server cannot be reached. */
  queued: t(
    'Saved on this device. It will be sent when you are back online.',
    'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.',
  ),
  /** Status when answers saved on this device before a reload still wait to be sent. */
  answersWaiting: t(
    'Your latest answers are saved on this device. They will be sent when you are back online.',
    'Vos dernières réponses sont enregistrées sur cet appareil. Elles seront envoyées quand vous serez de nouveau en ligne.',
  ),
  /** Status once every answer saved on this device reached the server. */
  sent: t('Your answers were sent.', 'Vos réponses ont été envoyées.'),
  /** Status after the team numbers were saved. */
  rosterSaved: t('Team numbers saved.', 'Nombres de l’équipe enregistrés.'),
  /** When the answer could not be saved. */
  saveFailed: t('This answer was not saved: {message}', 'Cette réponse n’a pas été enregistrée : {message}'),
  /** Asked to submit without any answer. */
  nothingAnswered: t('Answer at least one statement first.', 'Répondez d’abord à au moins un énoncé.'),
  /** Status when the summary is shown. */
  summaryShown: t('Summary ready.', 'Bilan prêt.'),
  /** Status after a form reset. */
  cleared: t('All answers were cleared.', 'Toutes les réponses ont été effacées.'),
} as const;
