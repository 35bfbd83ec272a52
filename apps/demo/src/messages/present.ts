/** The presenter view's words, in English and French. */
import { t, type PluralText } from '@partnerkit/core';
import type { PageMessages } from '../common/locale.js';

export const PRESENT_MESSAGES = {
  pageTitle: t('Live poll: presenter view', 'Sondage en direct : vue de présentation'),
  chooseTitle: t('Presenter view', 'Vue de présentation'),
  chooseIntro: t(
    'Type the code of the poll to show on the big screen. You find it on the facilitator page.',
    'Tapez le code du sondage à montrer sur le grand écran. Il se trouve sur la page d’animation.',
  ),
  codeLabel: t('Poll code', 'Code du sondage'),
  show: t('Show this poll', 'Montrer ce sondage'),
  codeInvalid: t(
    'This code does not look right. A code has six letters and numbers, such as K7QPM3.',
    'Ce code ne semble pas correct. Un code a six lettres et chiffres, comme K7QPM3.',
  ),
  codeUnknown: t('There is no poll with the code {code}.', 'Aucun sondage n’a le code {code}.'),
  joinTitle: t('Answer on your phone', 'Répondez sur votre téléphone'),
  joinGo: t('Go to', 'Allez à'),
  joinCode: t('Code', 'Code'),
  joinScan: t('Or scan the square code with your phone’s camera.', 'Ou scannez le code carré avec l’appareil photo de votre téléphone.'),
  qrLabel: t('QR code that opens the voting page: {url}', 'Code QR qui ouvre la page de vote : {url}'),
  resultsTitle: t('Results', 'Résultats'),
  hidden: t('Results are hidden until you reveal them.', 'Les résultats sont cachés jusqu’à ce que vous les dévoiliez.'),
  noAnswers: t('No answers yet.', 'Aucune réponse pour l’instant.'),
  closed: t('This poll is closed. These are the final results.', 'Ce sondage est fermé. Voici les résultats finaux.'),
  unreachable: t(
    'The server is not answering. The results will come back when it does.',
    'Le serveur ne répond pas. Les résultats reviendront dès qu’il répondra.',
  ),
  failed: t('The poll could not be shown: {message}', 'Le sondage n’a pas pu être affiché : {message}'),
} satisfies PageMessages;

/** Counted sentences of the presenter view. */
export const PRESENT_COUNTS = {
  total: {
    one: t('{count} answer', '{count} réponse'),
    other: t('{count} answers', '{count} réponses'),
  },
  tooFew: {
    one: t(
      '{count} answer so far. The split shows from {k} answers, so nobody’s answer can be guessed.',
      '{count} réponse pour l’instant. La répartition s’affiche à partir de {k} réponses, pour que personne ne puisse deviner la réponse de quelqu’un.',
    ),
    other: t(
      '{count} answers so far. The split shows from {k} answers, so nobody’s answer can be guessed.',
      '{count} réponses pour l’instant. La répartition s’affiche à partir de {k} réponses, pour que personne ne puisse deviner la réponse de quelqu’un.',
    ),
  },
  row: {
    one: t('{count} answer, {percent}%', '{count} réponse, {percent} %'),
    other: t('{count} answers, {percent}%', '{count} réponses, {percent} %'),
  },
} satisfies Record<string, PluralText>;
