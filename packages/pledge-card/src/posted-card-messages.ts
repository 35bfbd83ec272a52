/**
 * The words of `<pledge-card>`'s finished card, in English and French: they load with the card
 * (posted-card.ts) when the pledge is made, not with the form.
 */
import { t } from '@partnerkit/core/shared/text.js';

/** Words of the finished card. */
export const POSTED_CARD_MESSAGES = {
  /** Heading of the finished card. */
  cardHeading: t('My pledge', 'Mon engagement'),
  /** Who made it, on the finished card. */
  by: t('By {name}', 'De {name}'),
  /** Follow-up day on the finished card. */
  lookBack: t('I will look back on it on {date}.', 'Je ferai le point le {date}.'),
  /** The print button. */
  print: t('Print my pledge', 'Imprimer mon engagement'),
  /** Start again for the next person. */
  another: t('Make another pledge', 'Prendre un autre engagement'),
} as const;
