/** The SDK kiosk page's own words, in English and French. */
import { t, type LocalizedText, type PluralText } from '@partnerkit/core';

export const MESSAGES = {
  pageTitle: t('PartnerKit demo: ladder of participation', 'Démo PartnerKit : échelle de participation'),
  title: t('Where are we on the ladder?', 'Où en sommes-nous sur l’échelle ?'),
  intro: t(
    'Choose the rung that best describes how much say patients have in your work today. Your vote is anonymous. This demo keeps votes in this browser only. Each vote counts as a new person, as on a tablet passed round a room.',
    'Choisissez l’échelon qui décrit le mieux la place des patients dans votre travail aujourd’hui. Votre vote est anonyme. Cette démo garde les votes dans ce navigateur seulement. Chaque vote compte comme une nouvelle personne, comme sur une tablette que l’on fait circuler dans une salle.',
  ),
  ladder: t('Ladder', 'Échelle'),
  vote: t('Vote', 'Voter'),
  chooseFirst: t('Please choose a rung first.', 'Veuillez d’abord choisir un échelon.'),
  saved: t(
    'Thank you. Your vote is saved. The next person can vote now.',
    'Merci. Votre vote est enregistré. La personne suivante peut voter maintenant.',
  ),
  resultsTitle: t('Results on this device', 'Résultats sur cet appareil'),
  noVotes: t('No votes yet.', 'Aucun vote pour l’instant.'),
  tooFew: {
    one: t(
      '{count} vote so far. We show how people voted once at least {k} have voted, so nobody’s answer can be guessed.',
      '{count} vote pour l’instant. Nous montrons la répartition à partir de {k} votes, pour que personne ne puisse deviner la réponse de quelqu’un.',
    ),
    other: t(
      '{count} votes so far. We show how people voted once at least {k} have voted, so nobody’s answer can be guessed.',
      '{count} votes pour l’instant. Nous montrons la répartition à partir de {k} votes, pour que personne ne puisse deviner la réponse de quelqu’un.',
    ),
  },
  summary: t('{total} votes. Results change after every {n} new votes, so no single vote can be worked out.', '{total} votes. Les résultats changent tous les {n} nouveaux votes, pour qu’on ne puisse pas deviner un vote.'),
  caption: t('Votes per rung, lowest rung first', 'Votes par échelon, du plus bas au plus haut'),
  rung: t('Rung', 'Échelon'),
  votes: t('Votes', 'Votes'),
  share: t('Share', 'Part'),
  countText: {
    one: t('{count} vote, {percent}%', '{count} vote, {percent} %'),
    other: t('{count} votes, {percent}%', '{count} votes, {percent} %'),
  },
  median: t('Half of the votes are on “{rung}” or below.', 'La moitié des votes sont sur « {rung} » ou plus bas.'),
  nextRung: t(
    'What would lift you to the next rung, “{rung}”? Whose skills and experience could help?',
    'Qu’est-ce qui vous ferait monter à l’échelon suivant, « {rung} » ? Quelles compétences et expériences pourraient aider ?',
  ),
  topRung: t('Most votes are on the top rung. What keeps you there?', 'La plupart des votes sont sur l’échelon le plus haut. Qu’est-ce qui vous y maintient ?'),
  reset: t('Clear the votes on this device', 'Effacer les votes sur cet appareil'),
  confirmReset: t('Clear every vote on this ladder from this device?', 'Effacer tous les votes de cette échelle sur cet appareil ?'),
  cleared: t('The votes on this ladder were cleared.', 'Les votes de cette échelle ont été effacés.'),
  nextTitle: t('What comes next', 'La suite'),
  nextText: t(
    'This page uses the SDK directly and keeps votes in this browser. The home page shows the same kind of poll as ready-made elements connected to a server, so a whole room can vote from their phones and see the results live.',
    'Cette page utilise directement le SDK et garde les votes dans ce navigateur. La page d’accueil montre le même genre de sondage avec des éléments prêts à l’emploi reliés à un serveur : toute une salle peut voter depuis les téléphones et voir les résultats en direct.',
  ),
  language: t('Français', 'English'),
  skip: t('Skip to the poll', 'Aller au sondage'),
  failed: t('Something went wrong: {message}', 'Un problème est survenu : {message}'),
} satisfies Record<string, LocalizedText | PluralText>;
