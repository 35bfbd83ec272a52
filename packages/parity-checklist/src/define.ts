/** Registers `<parity-checklist>` and `<partnerkit-provider>` (each skipped when its tag is taken). */
import '@partnerkit/ui/define.js';
import { defineElement } from '@partnerkit/ui';
import { ParityChecklist } from './parity-checklist.js';

defineElement('parity-checklist', ParityChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'parity-checklist': ParityChecklist;
  }
}
