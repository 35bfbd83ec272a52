/**
 * The words `<ladder-poll>` shows around its question and form, in English and French. Rung names
 * and the ladders' own questions come from @partnerkit/core.
 */
import { t, type LocalizedText } from '@partnerkit/core/shared/text.js';

/** The question, form, status and error messages, by name. Placeholders in braces are filled with `format` or `plural`. */
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
  failed: t('That did not work: {message}', 'Cela n’a pas fonctionné : {message}'),
} satisfies Record<string, LocalizedText>;
