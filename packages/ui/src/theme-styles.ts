/**
 * The high-contrast theme on its own, so that `<partnerkit-provider>` (which needs only this)
 * does not bring the shared element styles into a page's first download.
 */
import { css } from 'lit';

/** Sets the high-contrast tokens on a host with `theme="high-contrast"` (provider or element). */
export const themeStyles = css`
  :host([theme='high-contrast']) {
    --pk-color-text: #000000;
    --pk-color-muted: #000000;
    --pk-color-surface: #ffffff;
    --pk-color-surface-alt: #ffffff;
    --pk-color-border: #000000;
    --pk-color-accent: #000000;
    --pk-color-on-accent: #ffffff;
    --pk-color-success: #000000;
    --pk-color-danger: #8a0000;
    --pk-color-focus: #c60062;
    --pk-focus-ring-width: 0.25em;
    --pk-border-width: 2px;
  }
`;
