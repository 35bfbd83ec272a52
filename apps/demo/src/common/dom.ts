/** Small DOM helpers for the demo pages. Text always goes in as text, never as markup. */
import { isPartnerKitError, type Locale } from '@partnerkit/core';

/** The element with this id; throws when the page lacks it (a page bug, not a user error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page is missing #${id}.`);
  return found as T;
}

/** A new element with an optional class, text and attributes. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { readonly className?: string; readonly text?: string; readonly attributes?: Readonly<Record<string, string>> } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className !== undefined) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  return node;
}

/** The person-facing message of an error, in `locale` when the error carries both languages. */
export function errorMessage(error: unknown, locale: Locale): string {
  if (isPartnerKitError(error)) return error.messageIn(locale);
  return error instanceof Error ? error.message : String(error);
}
