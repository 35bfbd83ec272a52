/**
 * The words of the checklist itself (heading, statements' frame, team numbers, status lines),
 * in English and French: what `<parity-checklist>` loads first. The summary's words load with
 * the summary (summary-messages.ts).
 */
import { t, type PluralText } from '@partnerkit/core/shared/text.js';

/** The checklist's texts. */
export const CHECKLIST_MESSAGES = {
  /** Main heading. */
  title: t('Parity checklist', 'Liste de contrôle de la parité'),
  /** What the checklist is for. */
  intro: t(
    'Check whether patient partners and professionals can take part as equals. Answer each statement for your team. Your answers are saved as you go.',
    'Vérifiez si les patients partenaires et les professionnels peuvent participer d’égal à égal. Répondez à chaque énoncé pour votre équipe. Vos réponses sont enregistrées au fur et à mesure.',
  ),
  /** Progress, counted in whole factors. */
  progress: {
    one: t('{count} of {total} factors answered', '{count} facteur sur {total} répondu'),
    other: t('{count} of {total} factors answered', '{count} facteurs sur {total} répondus'),
  } satisfies PluralText,
  /** Heading of the optional team numbers. */
  rosterLegend: t('Who is on your team? (optional)', 'Qui fait partie de votre équipe ? (facultatif)'),
  /** Hint under the team numbers. */
  rosterHint: t(
    'Give the numbers to help answer the questions about numbers. Do not count coaches.',
    'Indiquez les nombres pour vous aider à répondre aux questions sur le nombre. Ne comptez pas les accompagnateurs.',
  ),
  /** Label of the patient partner count. */
  rosterPatients: t('Patient and family partners', 'Patients et proches partenaires'),
  /** Label of the professional count. */
  rosterProfessionals: t('Professionals', 'Professionnels'),
  /** Shown under a numbers item answered from the team numbers. */
  fromRoster: t('Suggested from your team numbers: {answer}.', 'Suggéré d’après les nombres de votre équipe : {answer}.'),
  /** Button that shows the summary. */
  submit: t('See the summary', 'Voir le bilan'),
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
