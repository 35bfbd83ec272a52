/**
 * Every word `<ladder-poll>` shows, in English and French. Rung names and the ladders' own
 * questions come from @partnerkit/core; these are the element's own words around them.
 */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core';

/** The element's messages, by name. Placeholders in braces are filled with `format` or `plural`. */
export const MESSAGES = {
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
  segmentUnspecified: t('Did not say', 'N’ont pas répondu'),
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
  total: {
    one: t('{count} answer in all.', '{count} réponse en tout.'),
    other: t('{count} answers in all.', '{count} réponses en tout.'),
  } satisfies PluralText,
  smallGroup: t(
    'The split by level shows once at least {k} people have answered, so that nobody’s answer can be guessed.',
    'La répartition par niveau s’affiche à partir de {k} réponses, pour que personne ne puisse deviner la réponse de quelqu’un.',
  ),
  stepNote: t(
    'Results are updated after every few new answers, so that no single answer can be worked out.',
    'Les résultats sont mis à jour toutes les quelques réponses, pour qu’on ne puisse pas retrouver une réponse seule.',
  ),
  rowValue: {
    one: t('{count} answer, {percent}%', '{count} réponse, {percent} %'),
    other: t('{count} answers, {percent}%', '{count} réponses, {percent} %'),
  } satisfies PluralText,
  median: t('Half of the answers are on “{rung}” or lower.', 'La moitié des réponses sont sur « {rung} » ou plus bas.'),
  showTable: t('Show the results as a table', 'Voir les résultats sous forme de tableau'),
  tableCaption: t('Answers per level, lowest level first', 'Réponses par niveau, du plus bas au plus haut'),
  level: t('Level', 'Niveau'),
  answers: t('Answers', 'Réponses'),
  share: t('Share', 'Part'),
  percent: t('{percent}%', '{percent} %'),
  segmentsTitle: t('By group', 'Par groupe'),
  segmentCaption: t('Answers from: {group}', 'Réponses de : {group}'),
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
  facilitatorTitle: t('For the person running the session', 'Pour la personne qui anime la séance'),
  reveal: t('Show the results to everyone', 'Montrer les résultats à tous'),
  close: t('Close the poll', 'Fermer le sondage'),
  reopen: t('Open the poll again', 'Rouvrir le sondage'),
  reset: t('Remove every answer', 'Effacer toutes les réponses'),
  confirmClose: t(
    'Close the poll? Nobody will be able to answer until you open it again.',
    'Fermer le sondage ? Personne ne pourra répondre avant que vous le rouvriez.',
  ),
  confirmReset: t(
    'Remove every answer to this poll? This cannot be undone.',
    'Effacer toutes les réponses à ce sondage ? Vous ne pourrez pas revenir en arrière.',
  ),
  confirmYesClose: t('Yes, close it', 'Oui, le fermer'),
  confirmYesReset: t('Yes, remove every answer', 'Oui, tout effacer'),
  cancel: t('Cancel', 'Annuler'),
  revealed: t('The results are now shown to everyone.', 'Les résultats sont maintenant visibles par tous.'),
  closedDone: t('The poll is closed.', 'Le sondage est fermé.'),
  reopened: t('The poll is open again.', 'Le sondage est de nouveau ouvert.'),
  resetDone: t('Every answer was removed. The poll is open again.', 'Toutes les réponses ont été effacées. Le sondage est de nouveau ouvert.'),
  failed: t('That did not work: {message}', 'Cela n’a pas fonctionné : {message}'),
} satisfies Record<string, LocalizedText | PluralText>;

/** Names of the element's messages. */
export type MessageName = keyof typeof MESSAGES;
