/**
 * The words `<pledge-card>` loads first, in English and French: its form and status lines. The
 * finished card's words load with it (posted-card-messages.ts). The pledge's opening sentence
 * comes from @partnerkit/core (`PLEDGE_PROMPT`); words `<pledge-wall>` also shows come from
 * shared-messages.ts, so a page with both elements loads them once.
 */
import { t, type PluralText } from '@partnerkit/core/shared/text.js';
import { SHARED_MESSAGES } from './shared-messages.js';

/** Words of `<pledge-card>`'s form and status lines. */
export const CARD_FORM_MESSAGES = {
  /** Heading above the form. */
  heading: t('Make a pledge', 'Prendre un engagement'),
  /** Short help under the heading. */
  intro: t(
    'Finish the sentence with one thing you will do. Keep it short and real.',
    'Terminez la phrase avec une chose que vous ferez. Restez bref et concret.',
  ),
  /** Character counter while there is room left. */
  charactersLeft: {
    one: t('{count} character left', '{count} caractère restant'),
    other: t('{count} characters left', '{count} caractères restants'),
  } satisfies PluralText,
  /** Character counter once the text is too long. */
  charactersOver: {
    one: t('{count} character too many', '{count} caractère en trop'),
    other: t('{count} characters too many', '{count} caractères en trop'),
  } satisfies PluralText,
  /** The consent checkbox. */
  consent: t('Show my name with my pledge', 'Afficher mon nom avec mon engagement'),
  /** Help under the consent checkbox. */
  consentHint: t(
    'If you leave this unticked, we do not keep your name.',
    'Si vous ne cochez pas cette case, nous ne gardons pas votre nom.',
  ),
  /** Label of the name field. */
  name: t('Your name', 'Votre nom'),
  /** Legend of the follow-up choice. */
  followUp: t('When will you look back on your pledge?', 'Quand ferez-vous le point sur votre engagement ?'),
  /** One follow-up choice. */
  followUpOption: t('In {days} days', 'Dans {days} jours'),
  /** The submit button. */
  submit: t('Make my pledge', 'Prendre mon engagement'),
  /** The submit button while saving. */
  saving: t('Saving…', 'Enregistrement…'),
  /** Inline error when the pledge is empty. */
  textRequired: t('Please write what you will do.', 'Veuillez écrire ce que vous ferez.'),
  /** Inline error when the pledge is too long. */
  textTooLong: t(
    'Your pledge is too long. Please keep it to {max} characters.',
    'Votre engagement est trop long. Veuillez le limiter à {max} caractères.',
  ),
  /** Inline error when the name is too long. */
  nameTooLong: t('Your name is too long. Please keep it to {max} characters.', 'Votre nom est trop long. Veuillez le limiter à {max} caractères.'),
  /** Status after the store kept the pledge. */
  saved: t('Thank you. Your pledge is saved.', 'Merci. Votre engagement est enregistré.'),
  /** Status when the pledge was saved on this device because the server cannot be reached. */
  queued: SHARED_MESSAGES.savedOnDevice,
  /** Status once a pledge saved on this device reached the server. */
  pledgeSent: t('Your pledge was sent. Thank you.', 'Votre engagement a été envoyé. Merci.'),
  /** Status when the page handles data itself (no store). */
  sent: t('Thank you. Your pledge is made.', 'Merci. Votre engagement est pris.'),
  /** Retry after a failure. */
  retry: SHARED_MESSAGES.retry,
} as const;
