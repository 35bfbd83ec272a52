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
 * `static styles`, so a Content-Security-Policy with `style-src 'self'` allows it. In a
 * browser without constructed style sheets it is a `<style>` element, as Lit's own fallback.
 */
export function adoptPartStyles(element: ReactiveElement, styles: CSSResult): void {
  const root = element.renderRoot;
  // Before the first connection there is no shadow root yet; elements that draw into their
  // own light DOM have no styles of their own at all.
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet !== undefined) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const added = fallbackStyles.get(root) ?? new Set<CSSResult>();
  fallbackStyles.set(root, added);
  if (added.has(styles)) return;
  added.add(styles);
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}

/** The parts' styles already added as `<style>` elements, by shadow root (fallback only). */
const fallbackStyles = new WeakMap<ShadowRoot, Set<CSSResult>>();
