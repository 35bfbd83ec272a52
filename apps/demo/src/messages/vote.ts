/** The voting page's words, in English and French. */
import { t } from '@partnerkit/core';
import type { PageMessages } from '../common/locale.js';

export const VOTE_MESSAGES = {
  pageTitle: t('Vote in a live poll', 'Voter dans un sondage en direct'),
  site: t('Live poll', 'Sondage en direct'),
  joinTitle: t('Join a poll', 'Rejoindre un sondage'),
  joinIntro: t('Type the code shown on the screen in the room.', 'Tapez le code affiché sur l’écran de la salle.'),
  codeLabel: t('Poll code', 'Code du sondage'),
  codeHint: t('Six letters and numbers, for example K7QPM3.', 'Six lettres et chiffres, par exemple K7QPM3.'),
  join: t('Join', 'Rejoindre'),
  codeMissing: t('Please type the code shown on the screen.', 'Veuillez taper le code affiché sur l’écran.'),
  codeInvalid: t(
    'This code does not look right. A code has six letters and numbers, such as K7QPM3.',
    'Ce code ne semble pas correct. Un code a six lettres et chiffres, comme K7QPM3.',
  ),
  codeUnknown: t(
    'There is no poll with the code {code}. Check the code on the screen and try again.',
    'Aucun sondage n’a le code {code}. Vérifiez le code sur l’écran et réessayez.',
  ),
  codeWaiting: t(
    'No poll has the code {code} yet. It will show here as soon as it is ready. If the screen shows another code, join that poll instead.',
    'Aucun sondage n’a encore le code {code}. Il s’affichera ici dès qu’il sera prêt. Si l’écran montre un autre code, rejoignez plutôt ce sondage.',
  ),
  pollNote: t(
    'Your answer is anonymous. You can change it until the poll closes.',
    'Votre réponse est anonyme. Vous pouvez la changer jusqu’à la fermeture du sondage.',
  ),
  otherPoll: t('Join another poll', 'Rejoindre un autre sondage'),
} satisfies PageMessages;
