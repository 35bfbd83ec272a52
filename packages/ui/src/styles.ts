/**
 * Styles every element shares: theme tokens, a reset that shields the element from the host
 * page's inherited styles, buttons, fields, focus ring, and the high-contrast theme.
 *
 * Only `font-family` and `font-size` come in from the page. Sizes are in `em`, never `rem`,
 * so an intranet with `html { font-size: 62.5% }` does not shrink the elements.
 */
import { css } from 'lit';
import { themeStyles } from './theme-styles.js';

export { themeStyles };

// The public tokens are `--pk-*` custom properties a host sets on the element or an ancestor
// (listed with their defaults in the package README and in each element's @cssprop tags).
// Rules inside read private `--_*` copies, defined on `.root` so no page rule can reach them.

/** The shared base for every element. Put it first in `static styles`. */
export const baseStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-width: 100%;
      font-size: 1em;
    }
    :host([hidden]) {
      display: none;
    }
    /*
     * The page's inherited styles stop here: only font family and size pass through. The
     * private tokens live here, not on :host, where a page rule on the tag would beat them.
     */
    .root {
      --_color-text: var(--pk-color-text, #1b1f24);
      --_color-muted: var(--pk-color-muted, #4a5563);
      --_color-surface: var(--pk-color-surface, #ffffff);
      --_color-surface-alt: var(--pk-color-surface-alt, #f2f5f9);
      --_color-border: var(--pk-color-border, #6b7480);
      --_color-accent: var(--pk-color-accent, #0b57a4);
      --_color-on-accent: var(--pk-color-on-accent, #ffffff);
      --_color-success: var(--pk-color-success, #1d6b35);
      --_color-danger: var(--pk-color-danger, #b42318);
      --_color-focus: var(--pk-color-focus, #0b57a4);
      --_focus-ring-width: var(--pk-focus-ring-width, 0.1875em);
      --_space: var(--pk-space, 1em);
      --_radius: var(--pk-radius, 0.375em);
      --_border-width: var(--pk-border-width, 1px);
      box-sizing: border-box;
      color: var(--_color-text);
      background: var(--_color-surface);
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      text-shadow: none;
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      white-space: normal;
      overflow-wrap: anywhere;
      /* Less common inherited properties an intranet's global rules set on body or *. */
      word-break: normal;
      hyphens: manual;
      tab-size: 8;
      font-stretch: normal;
      font-kerning: auto;
      font-feature-settings: normal;
      font-variation-settings: normal;
      list-style: disc outside;
      quotes: auto;
      caption-side: top;
      empty-cells: show;
      border-spacing: 0;
      accent-color: auto;
      caret-color: auto;
      text-underline-position: auto;
      -webkit-text-fill-color: currentcolor;
      -webkit-text-stroke: 0;
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2,
    h3,
    p,
    ul,
    ol,
    fieldset,
    legend,
    table {
      margin: 0;
      padding: 0;
    }
    .title {
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
    }
    .stack > * + * {
      margin-block-start: calc(var(--_space) * 0.75);
    }
    .muted {
      color: var(--_color-muted);
    }
    button,
    input,
    textarea {
      font: inherit;
      letter-spacing: inherit;
      line-height: inherit;
      text-transform: none;
      color: inherit;
      margin: 0;
    }
    button {
      min-height: 2.75em;
      min-width: 2.75em;
      padding: 0.5em 1em;
      border: var(--_border-width) solid var(--_color-accent);
      border-radius: var(--_radius);
      background: var(--_color-accent);
      color: var(--_color-on-accent);
      font-weight: 600;
      cursor: pointer;
    }
    button.secondary {
      background: var(--_color-surface);
      color: var(--_color-accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    input[type='text'],
    textarea {
      width: 100%;
      padding: 0.5em 0.625em;
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }
    :focus-visible {
      outline: var(--_focus-ring-width) solid var(--_color-focus);
      outline-offset: 0.125em;
    }
    .error {
      color: var(--_color-danger);
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
    @media (forced-colors: active) {
      .root {
        --_color-text: CanvasText;
        --_color-muted: CanvasText;
        --_color-surface: Canvas;
        --_color-surface-alt: Canvas;
        --_color-border: CanvasText;
        --_color-accent: Highlight;
        --_color-on-accent: HighlightText;
        --_color-focus: Highlight;
      }
      button {
        border-color: ButtonText;
      }
      /* Chrome draws a Canvas backplate behind text: HighlightText on it would vanish. */
      button:not(.secondary) {
        forced-color-adjust: none;
      }
    }
    @media print {
      .no-print {
        display: none !important;
      }
      .root {
        border-color: #000;
      }
    }
  `,
];
