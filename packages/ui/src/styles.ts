/**
 * Styles every element shares: theme tokens, a reset that shields the element from the host
 * page's inherited styles, buttons, fields, focus ring, and the high-contrast theme.
 *
 * Only `font-family` and `font-size` come in from the page. Sizes are in `em`, never `rem`,
 * so an intranet with `html { font-size: 62.5% }` does not shrink the elements.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The public tokens and their default values. Hosts set any `--pk-*` property on the element
 * or an ancestor; the private `--_*` names below are what the element's own rules read.
 */
export const TOKENS = {
  'color-text': '#1b1f24',
  'color-muted': '#4a5563',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f2f5f9',
  'color-border': '#6b7480',
  'color-accent': '#0b57a4',
  'color-on-accent': '#ffffff',
  'color-success': '#1d6b35',
  'color-danger': '#b42318',
  'color-focus': '#0b57a4',
  'focus-ring-width': '0.1875em',
  space: '1em',
  radius: '0.375em',
  'border-width': '1px',
} as const;

/** A public token's name, such as `color-accent` for `--pk-color-accent`. */
export type TokenName = keyof typeof TOKENS;

/** Token values of the high-contrast theme: black on white, thick borders, strong focus. */
export const HIGH_CONTRAST_TOKENS: Readonly<Partial<Record<TokenName, string>>> = {
  'color-text': '#000000',
  'color-muted': '#000000',
  'color-surface': '#ffffff',
  'color-surface-alt': '#ffffff',
  'color-border': '#000000',
  'color-accent': '#000000',
  'color-on-accent': '#ffffff',
  'color-success': '#000000',
  'color-danger': '#8a0000',
  'color-focus': '#c60062',
  'focus-ring-width': '0.25em',
  'border-width': '2px',
};

// These strings are our own constants, never data: unsafeCSS is safe here.
const privateTokens = unsafeCSS(
  Object.entries(TOKENS)
    .map(([name, value]) => `--_${name}: var(--pk-${name}, ${value});`)
    .join('\n'),
);
const highContrast = unsafeCSS(
  Object.entries(HIGH_CONTRAST_TOKENS)
    .map(([name, value]) => `--pk-${name}: ${value};`)
    .join('\n'),
);

/** Sets the high-contrast tokens on a host with `theme="high-contrast"` (provider or element). */
export const themeStyles = css`
  :host([theme='high-contrast']) {
    ${highContrast}
  }
`;

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
      ${privateTokens}
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
    h2,
    .title {
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
    }
    h3 {
      font-size: 1.05em;
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
    select,
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
    textarea,
    select {
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
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
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
