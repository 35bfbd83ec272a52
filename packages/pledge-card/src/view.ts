/**
 * What the parts of `<pledge-card>` and `<pledge-wall>` loaded after the element (the wall's
 * list, the finished card) need from it to draw themselves.
 */
import type { Locale, LocalizedText } from '@partnerkit/core/shared/text.js';

/** The element's language and texts, as its loaded parts see them. */
export interface PledgeView {
  /** The language the element renders in. */
  readonly locale: Locale;
  /** A text in the element's language. */
  text(value: LocalizedText): string;
}
