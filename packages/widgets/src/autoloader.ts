/**
 * The autoloader: for pages that use one or two elements. It looks at the page, then watches
 * it, and loads only the code of the PartnerKit tags it finds — in the document and in every
 * open shadow root it can reach. Each tag's code is a separate file next to it, in `chunks/`.
 *
 * ```html
 * <script type="module" src="https://your-intranet.example/partnerkit/autoloader.js"></script>
 * <pledge-card></pledge-card>
 * ```
 * @module
 */
import type { TagDefinition } from '@partnerkit/ui';

type TagModule = { readonly definitions: readonly TagDefinition[] };

/** For each tag, how to load the module that holds its class (one chunk per element package). */
const LOADERS: Readonly<Record<string, () => Promise<TagModule>>> = {
  'partnerkit-provider': () => import('./tags/provider.js'),
  'ladder-poll': () => import('./tags/ladder-poll.js'),
  'parity-checklist': () => import('./tags/parity-checklist.js'),
  'pledge-card': () => import('./tags/pledge-card.js'),
  'pledge-wall': () => import('./tags/pledge-card.js'),
};

/** The tags the autoloader knows, in the order they are listed above. */
export const AUTOLOADED_TAGS: readonly string[] = Object.keys(LOADERS);

const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Loads and registers one tag's code, once; failures go to the console, never thrown. */
function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (pending === undefined) {
    const loader = LOADERS[tag];
    if (loader === undefined) return Promise.resolve();
    // The registration helper comes with the first chunk, so this file stays free of Lit.
    pending = Promise.all([import('@partnerkit/ui'), loader()]).then(
      ([{ defineElements }, module]) => {
        defineElements(module.definitions);
      },
      (error: unknown) => {
        console.error(`PartnerKit: could not load the code of <${tag}>.`, error);
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** Starts watching a document or open shadow root for elements added later. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

/** Loads the tag of one element if it is ours, and looks inside its open shadow root. */
function visit(element: Element, found: Promise<void>[]): void {
  const tag = element.localName;
  if (tag in LOADERS && customElements.get(tag) === undefined) found.push(load(tag));
  const shadow = element.shadowRoot;
  if (shadow !== null) {
    watch(shadow);
    for (const inner of shadow.querySelectorAll('*')) visit(inner, found);
  }
}

/**
 * Loads the code of every PartnerKit tag in `root` (an element, a document or a shadow root),
 * including inside open shadow roots. The autoloader calls it for the page and for everything
 * added later; call it yourself for a closed shadow root you own.
 * @returns a promise that settles once those tags are registered.
 */
export async function discover(root: ParentNode): Promise<void> {
  const found: Promise<void>[] = [];
  if (root instanceof Element) visit(root, found);
  for (const element of root.querySelectorAll('*')) visit(element, found);
  await Promise.all(found);
}

if (typeof document !== 'undefined') {
  watch(document);
  void discover(document);
}
