/**
 * Registers custom elements without ever throwing when a tag is already taken: intranet pages
 * often load two copies of a library (two teams, two script tags).
 */
import { VERSION } from './version.js';

/** A custom element class that may say which PartnerKit version it comes from. */
export type VersionedElement = CustomElementConstructor & { readonly partnerkitVersion?: string };

const warned = new Set<string>();

/**
 * Registers `tag` for `element` unless the tag is already taken. When a different PartnerKit
 * version (or some other library) took it, warns once per tag, naming both versions, and keeps
 * the first registration: the page goes on working with the copy that loaded first.
 * @returns `true` when this call registered the tag.
 */
export function defineElement(tag: string, element: VersionedElement, version: string = VERSION): boolean {
  if (typeof customElements === 'undefined') return false;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === undefined) {
    customElements.define(tag, element);
    return true;
  }
  const existingVersion = existing.partnerkitVersion;
  if (existing !== element && existingVersion !== version && !warned.has(tag)) {
    warned.add(tag);
    const taken = existingVersion === undefined ? 'another library' : `PartnerKit ${existingVersion}`;
    console.warn(
      `PartnerKit ${version}: <${tag}> is already defined by ${taken}; the page keeps using that one. ` +
        'Load PartnerKit only once on the page to avoid surprises.',
    );
  }
  return false;
}
