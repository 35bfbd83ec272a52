/** Registers `<partnerkit-provider>` (skipped when the tag is already taken). */
import { defineElement } from './define-element.js';
import { PartnerKitProvider } from './provider.js';

defineElement('partnerkit-provider', PartnerKitProvider);

declare global {
  interface HTMLElementTagNameMap {
    'partnerkit-provider': PartnerKitProvider;
  }
}
