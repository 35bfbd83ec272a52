/**
 * Per-element language: each element reads the `lang` of itself or its nearest ancestor
 * (through shadow roots), else the document's, and re-renders when any of them changes. Two
 * elements on one page may speak different languages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale, type LocalizedText } from '@partnerkit/core/shared/text.js';

/** The nearest `lang` attribute, walking up through shadow roots to the document. */
export function findLang(element: Element): string | null {
  let node: Element | null = element;
  while (node !== null) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (node.parentElement !== null) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}

type LocaleHost = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer !== undefined || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps `locale` in step with the element's language and asks for a render when it changes. */
export class LocaleController implements ReactiveController {
  /** The language the element renders in now. */
  locale: Locale = 'en';
  private readonly host: LocaleHost;

  /** Attaches to an element. */
  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  /** Starts watching when the element joins the page. */
  hostConnected(): void {
    hosts.add(this);
    watchLangChanges();
    this.refresh();
  }

  /** Stops watching when it leaves. */
  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Reads the language again; renders when it changed. */
  refresh(): void {
    const next = resolveLocale(findLang(this.host) ?? document.documentElement.lang);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }

  /** A text in the element's language. */
  text(text: LocalizedText): string {
    return text[this.locale];
  }
}
