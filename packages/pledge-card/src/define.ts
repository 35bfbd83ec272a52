/**
 * Registers `<pledge-card>` and `<pledge-wall>` (and `<partnerkit-provider>`), skipping any
 * tag already taken on the page.
 * @module
 */
import '@partnerkit/ui/define.js';
import { defineElement } from '@partnerkit/ui';
import { PledgeCard } from './pledge-card.js';
import { PledgeWall } from './pledge-wall.js';

defineElement('pledge-card', PledgeCard);
defineElement('pledge-wall', PledgeWall);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-card': PledgeCard;
    'pledge-wall': PledgeWall;
  }
}
