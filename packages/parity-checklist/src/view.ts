/**
 * What the parts of `<parity-checklist>` loaded after its shell (the checklist body and the
 * summary) need from the element to draw themselves.
 */
import type { Locale, LocalizedText } from '@partnerkit/core/shared/text.js';

/** The element's language, texts and heading levels, as its loaded parts see them. */
export interface ChecklistView {
  /** The language the element renders in. */
  readonly locale: Locale;
  /** A text in the element's language. */
  text(value: LocalizedText): string;
  /** The heading level `offset` levels below the element's main heading, as text (`"3"`). */
  level(offset: number): string;
}
