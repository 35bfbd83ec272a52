/**
 * What the parts of `<ladder-poll>` that load on demand (results, facilitator controls) need
 * from the element to draw themselves.
 */
import type { TemplateResult } from 'lit';
import type { PartView } from '@partnerkit/ui';

/** The element's language and its heading helper, handed to the parts it loads on demand. */
export interface PollView extends PartView {
  /** A heading `offset` levels below the question's. */
  heading(offset: number, id: string, text: string, part?: string): TemplateResult;
}
