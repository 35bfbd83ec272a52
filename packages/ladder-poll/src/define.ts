/** Registers `<ladder-poll>` and `<partnerkit-provider>` (each skipped when its tag is taken). */
import '@partnerkit/ui/define.js';
import { defineElement } from '@partnerkit/ui';
import { LadderPoll } from './ladder-poll.js';

defineElement('ladder-poll', LadderPoll);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-poll': LadderPoll;
  }
}
