/**
 * Words both `<pledge-card>` and `<pledge-wall>` show, in English and French: each element's
 * own words (card-messages.ts, wall-messages.ts) point here, so a page with both loads them once.
 */
import { t } from '@partnerkit/core/shared/text.js';

/** The words both elements share. */
export const SHARED_MESSAGES = {
  /** Retry after a failure. */
  retry: t('Try again', 'Réessayer'),
  /** Status when a pledge or a join was saved on this device because the server cannot be reached. */
  savedOnDevice: t(
    'Saved on this device. It will be sent when you are back online.',
    'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.',
  ),
} as const;
