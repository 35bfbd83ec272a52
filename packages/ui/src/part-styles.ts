/**
 * Styles that travel with a part of an element loaded on demand, so the element's first
 * download carries only the CSS of its shell.
 */
import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds the styles of a part loaded on demand to `element`'s shadow root, after the styles
 * already there (the element's `static styles`, then parts added before), and only once:
 * calling it again with the same styles, on every update or after the element moved, changes
 * nothing. Call it before the part is first drawn, for instance in `willUpdate`, so no frame
 * shows the part unstyled.
 *
 * The sheet is a constructed style sheet adopted by the shadow root, as Lit does for
 * `static styles`, so a Content-Security-Policy with `style-src 'self'` allows it. Every
 * browser PartnerKit supports has constructed style sheets (Safari since 16.4), so unlike
 * Lit there is no `<style>` fallback.
 */
export function adoptPartStyles(element: ReactiveElement, styles: CSSResult): void {
  const root = element.renderRoot;
  const sheet = styles.styleSheet;
  // Before the first connection there is no shadow root yet; elements that draw into their
  // own light DOM have no styles of their own at all.
  if (!(root instanceof ShadowRoot) || sheet === undefined || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
