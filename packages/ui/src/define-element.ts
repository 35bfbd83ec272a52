/**
 * Registers custom elements without ever throwing when a tag is already taken: intranet pages
 * often load two copies of a library (two teams, two script tags).
 */
import { VERSION } from './version.js';

/** A custom element class that may say which PartnerKit version it comes from. */
export type VersionedElement = CustomElementConstructor & { readonly partnerkitVersion?: string };

/** A tag and the class to register under it. */
export type TagDefinition = readonly [tag: string, element: VersionedElement];

const warned = new Set<string>();

/**
 * Registers each tag that is still free. Tags already taken stay with their first owner, so
 * the page keeps working with the copy that loaded first. When a different PartnerKit version
 * (or another library) holds some of them, one warning names both versions and every such
 * tag; a tag is never warned about twice.
 * @returns the tags this call registered.
 */
export function defineElements(definitions: readonly TagDefinition[], version: string = VERSION): string[] {
  if (typeof customElements === 'undefined') return [];
  const registered: string[] = [];
  const clashes: string[] = [];
  let owner: string | undefined;
  for (const [tag, element] of definitions) {
    const existing = customElements.get(tag) as VersionedElement | undefined;
    if (existing === undefined) {
      customElements.define(tag, element);
      registered.push(tag);
    } else if (existing !== element && existing.partnerkitVersion !== version && !warned.has(tag)) {
      warned.add(tag);
      clashes.push(`<${tag}>`);
      owner ??= existing.partnerkitVersion === undefined ? 'another library' : `PartnerKit ${existing.partnerkitVersion}`;
    }
  }
  if (clashes.length > 0) {
    const what = clashes.length === 1 ? `${clashes[0]} is` : `${clashes.join(', ')} are`;
    console.warn(
      `PartnerKit ${version}: ${what} already defined by ${owner ?? 'another library'}; the page keeps using ` +
        `${clashes.length === 1 ? 'that one' : 'those'}. Load PartnerKit only once on the page to avoid surprises.`,
    );
  }
  return registered;
}

/**
 * Registers `tag` for `element` unless the tag is already taken (see {@link defineElements}).
 * @returns `true` when this call registered the tag.
 */
export function defineElement(tag: string, element: VersionedElement, version: string = VERSION): boolean {
  return defineElements([[tag, element]], version).length === 1;
}
