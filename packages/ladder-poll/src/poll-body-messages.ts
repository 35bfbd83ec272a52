/**
 * The words of the form, the results section and the next-rung question of `<ladder-poll>`, in
 * English and French. They load with the form (poll-body.ts), not with the element. Rung names
 * and the ladders' own questions come from @partnerkit/core.
 */
import { t, type LocalizedText } from '@partnerkit/core/shared/text.js';

/** The form's, results' and prompt's messages, by name. Placeholders in braces are filled with `format`. */
export const POLL_BODY_MESSAGES = {
  chooseHint: t(
    'Choose one level. Your answer is anonymous.',
    'Choisissez un niveau. Votre réponse est anonyme.',
  ),
  chooseFirst: t('Please choose a level first.', 'Veuillez d’abord choisir un niveau.'),
  segmentQuestion: t('Who are you? (you may skip this)', 'Qui êtes-vous ? (vous pouvez passer cette question)'),
  segmentStaff: t('Staff member', 'Membre du personnel'),
  segmentPatient: t('Patient or family partner', 'Patient ou proche partenaire'),
  segmentNone: t('I prefer not to say', 'Je préfère ne pas le dire'),
  submit: t('Send my answer', 'Envoyer ma réponse'),
  change: t('Change my answer', 'Modifier ma réponse'),
  sending: t('Sending your answer…', 'Envoi de votre réponse…'),
  yourAnswer: t('Your answer: {rung}.', 'Votre réponse : {rung}.'),
  closed: t('This poll is closed. It no longer takes answers.', 'Ce sondage est fermé. Il ne prend plus de réponses.'),
  hiddenUntilReveal: t(
    'The results stay hidden until the person running the session shows them. This way, nobody is swayed by the others.',
    'Les résultats restent cachés jusqu’à ce que la personne qui anime la séance les montre. Ainsi, personne n’est influencé par les autres.',
  ),
  resultsAfterVote: t('You will see the results after you answer.', 'Vous verrez les résultats après avoir répondu.'),
  resultsTitle: t('Results', 'Résultats'),
  finalTitle: t('Final results', 'Résultats finaux'),
  empty: t(
    'No results yet. They appear once a few people have answered.',
    'Pas encore de résultats. Ils apparaissent dès que quelques personnes ont répondu.',
  ),
  nextRungOwn: t(
    'You chose “{rung}”. What would lift you to the next level, “{next}”?',
    'Vous avez choisi « {rung} ». Qu’est-ce qui vous ferait passer au niveau suivant, « {next} » ?',
  ),
  nextRungGroup: t(
    'Half of the group is on “{rung}” or lower. What would lift you to the next level, “{next}”?',
    'La moitié du groupe est sur « {rung} » ou plus bas. Qu’est-ce qui vous ferait passer au niveau suivant, « {next} » ?',
  ),
  topRung: t(
    '“{rung}” is the top level. What helps you stay there?',
    '« {rung} » est le plus haut niveau. Qu’est-ce qui vous aide à y rester ?',
  ),
  pause: t('Pause live updates', 'Mettre en pause les mises à jour'),
  resume: t('Resume live updates', 'Reprendre les mises à jour'),
  paused: t('Live updates are paused.', 'Les mises à jour en direct sont en pause.'),
  pausedWaiting: t(
    'Live updates are paused. Newer results are waiting.',
    'Les mises à jour en direct sont en pause. Des résultats plus récents attendent.',
  ),
} satisfies Record<string, LocalizedText>;
