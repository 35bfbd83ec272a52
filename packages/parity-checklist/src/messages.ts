/**
 * Every text `<parity-checklist>` shows, in English and French. Factor names, questions,
 * statements, answer labels and suggestions come from @partnerkit/core's parity module; these
 * are the element's own words around them.
 */
import { t, type PluralText } from '@partnerkit/core/shared/text.js';

/** The element's texts. */
export const MESSAGES = {
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
  /** Button that goes back to the answers. */
  edit: t('Change the answers', 'Modifier les réponses'),
  /** Button that prints the summary. */
  print: t('Print the summary', 'Imprimer le bilan'),
  /** Button that tries loading again. */
  retry: t('Try again', 'Réessayer'),
  /** While the saved answers load. */
  loading: t('Loading your answers…', 'Chargement de vos réponses…'),
  /** When the saved answers could not be loaded. */
  loadFailed: t('Your saved answers could not be loaded.', 'Vos réponses enregistrées n’ont pas pu être chargées.'),
  /** Status after an answer was saved. */
  saved: t('Answer saved. {progress}.', 'Réponse enregistrée. {progress}.'),
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
  /** Heading of the summary. */
  summaryTitle: t('Your parity summary', 'Votre bilan de parité'),
  /** Intro of the summary. */
  summaryIntro: t(
    'Scores go from 0 to 100. The factors to work on first come first.',
    'Les scores vont de 0 à 100. Les facteurs à améliorer en premier viennent en tête.',
  ),
  /** The overall score. */
  overall: t('Overall score: {score} out of 100', 'Score global : {score} sur 100'),
  /** A factor's score. */
  score: t('{score} out of 100', '{score} sur 100'),
  /** A factor with no score. */
  noScore: t('Not scored: no statement answered that applies.', 'Sans score : aucun énoncé applicable n’a reçu de réponse.'),
  /** A factor at 100. */
  fullMarks: t('Well done. Keep it up.', 'Bravo. Continuez ainsi.'),
  /** Label before a suggestion. */
  tryThis: t('What to try:', 'À essayer :'),
  /** The date line of a printed summary. */
  assessedOn: t('Assessed on {day}', 'Évaluation du {day}'),
  /** The team line of a printed summary. */
  team: t('Team: {team}', 'Équipe : {team}'),
} as const;
