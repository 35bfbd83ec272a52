/**
 * What the parts of `<parity-checklist>` loaded after its shell (the checklist body and the
 * summary) need from the element to draw themselves.
 */
import type { PartView } from '@partnerkit/ui';

/** The element's language, texts and heading levels, as its loaded parts see them. */
export interface ChecklistView extends PartView {
  /** The heading level `offset` levels below the element's main heading, as text (`"3"`). */
  level(offset: number): string;
}
