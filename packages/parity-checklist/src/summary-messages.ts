/**
 * The words of the summary of `<parity-checklist>`, in English and French. Loaded with the
 * summary (summary.ts), when someone asks for it.
 */
import { t } from '@partnerkit/core/shared/text.js';

/** The summary's texts. */
export const SUMMARY_MESSAGES = {
  /** Button that goes back to the answers. */
  edit: t('Change the answers', 'Modifier les réponses'),
  /** Button that prints the summary. */
  print: t('Print the summary', 'Imprimer le bilan'),
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
