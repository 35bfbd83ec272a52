/**
 * The language of a demo page: `?lang=fr` or `?lang=en` in the address wins, then the
 * browser's preferred languages, else English. Static text sits in the HTML in English with a
 * `data-text` key; {@link applyText} swaps it for the chosen language (always as text).
 */
import type { Locale, LocalizedText } from '@partnerkit/core';

/** The page's words by key, each in English and French. */
export type PageMessages = Readonly<Record<string, LocalizedText>>;

/** The language this page should speak. */
export function pageLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'fr') return asked;
  for (const language of navigator.languages ?? [navigator.language]) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

/** The other language, for the language link. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr' : 'en';
}

/**
 * Sets the page's `lang`, its title (message `pageTitle`) and the text of every element with
 * a `data-text` key (and `aria-label` of those with `data-label`), and points the
 * `#language` link at the same page in the other language.
 */
export function applyText(messages: PageMessages, locale: Locale): void {
  document.documentElement.lang = locale;
  const title = messages.pageTitle;
  if (title !== undefined) document.title = title[locale];
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = messages[node.dataset.text ?? ''];
    if (text !== undefined) node.textContent = text[locale];
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = messages[node.dataset.label ?? ''];
    if (text !== undefined) node.setAttribute('aria-label', text[locale]);
  }
  const link = document.getElementById('language');
  if (link instanceof HTMLAnchorElement) {
    const other = otherLocale(locale);
    const address = new URL(location.href);
    address.hash = '';
    address.searchParams.set('lang', other);
    link.href = address.pathname + address.search;
    link.lang = other;
    link.hreflang = other;
    link.textContent = other === 'fr' ? 'Français' : 'English';
  }
}
