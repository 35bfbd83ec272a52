/** The facilitator page's words, in English and French. */
import { t, type PluralText } from '@partnerkit/core';
import type { PageMessages } from '../common/locale.js';

export const FACILITATOR_MESSAGES = {
  pageTitle: t('Run a live poll', 'Animer un sondage en direct'),
  site: t('PartnerKit facilitator', 'Animation PartnerKit'),
  title: t('Run a live poll', 'Animer un sondage en direct'),
  intro: t(
    'Create a poll, give the room its code, and show the results on the big screen.',
    'Créez un sondage, donnez son code à la salle et montrez les résultats sur le grand écran.',
  ),
  noTokenTitle: t('You need the facilitator key', 'Il vous faut la clé d’animation'),
  noTokenText: t(
    'Only the person running the session can create and run polls. When you start the demo with “npm start”, the terminal shows a facilitator address that ends with “#token=” and a key. Open that address, or paste the key below.',
    'Seule la personne qui anime la séance peut créer et gérer des sondages. Quand vous lancez la démo avec « npm start », le terminal affiche une adresse d’animation qui finit par « #token= » et une clé. Ouvrez cette adresse, ou collez la clé ci-dessous.',
  ),
  tokenLabel: t('Facilitator key', 'Clé d’animation'),
  useToken: t('Use this key', 'Utiliser cette clé'),
  tokenMissing: t('Please paste the key first.', 'Veuillez d’abord coller la clé.'),
  forgetToken: t('Forget the key in this tab', 'Oublier la clé dans cet onglet'),
  tokenKept: t(
    'The key is kept in this tab only, until you close it.',
    'La clé est gardée dans cet onglet seulement, jusqu’à sa fermeture.',
  ),
  tokenForgotten: t('The key is forgotten in this tab.', 'La clé est oubliée dans cet onglet.'),
  createTitle: t('Create a poll', 'Créer un sondage'),
  questionLabel: t('Question (optional)', 'Question (facultative)'),
  questionHint: t('Leave it empty to ask the ladder’s own question.', 'Laissez vide pour poser la question de l’échelle.'),
  ladderLabel: t('Ladder', 'Échelle'),
  visibilityLegend: t('When may people see the results?', 'Quand les gens peuvent-ils voir les résultats ?'),
  visibilityAfterVote: t('After they answer', 'Après avoir répondu'),
  visibilityAfterVoteHint: t('People do not see others’ answers before giving their own.', 'Les gens ne voient pas les réponses des autres avant de donner la leur.'),
  visibilityAlways: t('Always', 'Toujours'),
  visibilityAlwaysHint: t('People can see the results before they answer.', 'Les gens peuvent voir les résultats avant de répondre.'),
  visibilityHidden: t('Only when I reveal them', 'Seulement quand je les dévoile'),
  visibilityHiddenHint: t('Nobody sees the results until you press “Reveal the results”, so nobody follows the crowd.', 'Personne ne voit les résultats avant que vous appuyiez sur « Dévoiler les résultats » : personne ne suit la foule.'),
  groupLabel: t('Smallest group to show', 'Plus petit groupe à montrer'),
  groupHint: t(
    'The split of answers shows only once at least this many people have answered, so nobody’s answer can be guessed. At least 3.',
    'La répartition des réponses ne s’affiche qu’à partir de ce nombre de réponses, pour que personne ne puisse deviner la réponse de quelqu’un. Au moins 3.',
  ),
  create: t('Create the poll', 'Créer le sondage'),
  creating: t('Creating the poll…', 'Création du sondage…'),
  created: t('The poll {code} is ready. People join it with this code.', 'Le sondage {code} est prêt. Les gens le rejoignent avec ce code.'),
  pollsTitle: t('Your polls', 'Vos sondages'),
  pollsEmpty: t('No polls yet. The polls you create in this browser show here.', 'Aucun sondage pour l’instant. Les sondages créés dans ce navigateur s’affichent ici.'),
  statusOpen: t('Open', 'Ouvert'),
  statusClosed: t('Closed', 'Fermé'),
  showAfterVote: t('Results after answering', 'Résultats après la réponse'),
  showAlways: t('Results always shown', 'Résultats toujours visibles'),
  showHidden: t('Results hidden', 'Résultats cachés'),
  showRevealed: t('Results revealed', 'Résultats dévoilés'),
  open: t('Reopen', 'Rouvrir'),
  close: t('Close', 'Fermer'),
  reveal: t('Reveal the results', 'Dévoiler les résultats'),
  reset: t('Remove every answer', 'Effacer toutes les réponses'),
  confirmReset: t(
    'Remove every answer to the poll {code}? This cannot be undone.',
    'Effacer toutes les réponses au sondage {code} ? C’est définitif.',
  ),
  opened: t('The poll {code} is open again.', 'Le sondage {code} est de nouveau ouvert.'),
  closedDone: t('The poll {code} is closed.', 'Le sondage {code} est fermé.'),
  revealed: t('The results of the poll {code} are now shown to everyone.', 'Les résultats du sondage {code} sont maintenant visibles par tous.'),
  resetDone: t('Every answer to the poll {code} was removed. It is open again.', 'Toutes les réponses au sondage {code} ont été effacées. Il est de nouveau ouvert.'),
  working: t('Please wait…', 'Veuillez patienter…'),
  present: t('Presenter view', 'Vue de présentation'),
  votePage: t('Voting page', 'Page de vote'),
  forgetPoll: t('Remove from this list', 'Retirer de cette liste'),
  forgotPoll: t('The poll {code} is no longer in your list. It is still on the server.', 'Le sondage {code} n’est plus dans votre liste. Il est toujours sur le serveur.'),
  missingPoll: t('This poll is no longer on the server.', 'Ce sondage n’est plus sur le serveur.'),
  loadFailed: t('This poll could not be loaded: {message}', 'Ce sondage n’a pas pu être chargé : {message}'),
  failed: t('That did not work: {message}', 'Cela n’a pas marché : {message}'),
  checkKey: t('Check that you used the key shown by “npm start”.', 'Vérifiez que vous avez utilisé la clé affichée par « npm start ».'),
} satisfies PageMessages;

/** Counted sentences of the facilitator page. */
export const FACILITATOR_COUNTS = {
  answers: {
    one: t('{count} answer', '{count} réponse'),
    other: t('{count} answers', '{count} réponses'),
  },
} satisfies Record<string, PluralText>;
