/**
 * The words of `<ladder-poll>`'s facilitator controls (loaded with them), in English and French.
 */
import { t, type LocalizedText } from '@partnerkit/core/shared/text.js';

/** The facilitator controls' messages, by name. Placeholders in braces are filled with `format` or `plural`. */
export const FACILITATOR_MESSAGES = {
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
} satisfies Record<string, LocalizedText>;
