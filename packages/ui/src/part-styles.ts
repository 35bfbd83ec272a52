/**
 * Styles that travel with a part of an element loaded on demand, so the element's first
 * download carries only the CSS of its shell.
 */
import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds the styles of parts loaded on demand to `element`'s shadow root, after the styles
 * already there (the element's `static styles`, then parts added before), in the order given,
 * and only once: calling it again with the same styles, on every update or after the element
 * moved, changes nothing. `undefined` stands for a part not loaded yet. Call it before the
 * parts are first drawn, for instance in `willUpdate`, so no frame shows a part unstyled.
 * Every missing sheet is added in one step, since each change of the shadow root's sheets
 * costs the browser a style update.
 *
 * The sheets are constructed style sheets adopted by the shadow root, as Lit does for
 * `static styles`, so a Content-Security-Policy with `style-src 'self'` allows them. Every
 * browser PartnerKit supports has constructed style sheets (Safari since 16.4), so unlike
 * Lit there is no `<style>` fallback.
 */
export function adoptPartStyles(element: ReactiveElement, parts: readonly (CSSResult | undefined)[]): void {
  const root = element.renderRoot;
  // Before the first connection there is no shadow root yet; elements that draw into their
  // own light DOM have no styles of their own at all.
  if (!(root instanceof ShadowRoot)) return;
  const adopted = root.adoptedStyleSheets;
  const missing: CSSStyleSheet[] = [];
  for (const part of parts) {
    const sheet = part?.styleSheet;
    if (sheet !== undefined && !adopted.includes(sheet) && !missing.includes(sheet)) missing.push(sheet);
  }
  if (missing.length > 0) root.adoptedStyleSheets = [...adopted, ...missing];
}
