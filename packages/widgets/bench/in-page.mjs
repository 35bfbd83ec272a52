// What runs inside the benchmark page (handed to Playwright's page.evaluate, so it must not
// use anything from this module's scope). Times come from performance.now() in the page.
/* global document, requestAnimationFrame, MutationObserver */

/**
 * Creates `count` copies of one element (or of a small tree, such as a radio group with its
 * radios) at the start of a frame and times, from that moment:
 * - `firstUpdate`: every element has rendered once (`updateComplete`), whatever it shows;
 * - `ready`: every element shows its content (its `state` attribute left `loading`), all
 *   updates done;
 * - `layout`: style and layout of the page computed with that content (forced);
 * - `painted`: the first frame showing that content has been painted — the task after that
 *   frame's rendering. When the content was ready within the frame where it started, this is
 *   the work itself; otherwise it includes waiting for the next frame.
 * `spec` = `{ tag, count, attributes: [[name, value with {i} for the index]], children:
 * [{ tag, attributes, text }] }`. Resolves to the times in milliseconds, `sameFrame` (the
 * content was ready within the frame where it started), the states shown and the number of
 * nodes in the shadow roots.
 */
export function measureRender(spec) {
  const nextPaintMessage = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const build = (tag, attributes, index, children, text) => {
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, String(value).replaceAll('{i}', String(index)));
    if (text !== undefined) element.textContent = text;
    for (const child of children) element.append(build(child.tag, child.attributes ?? [], index, [], child.text));
    return element;
  };
  const isLoading = (element) => element.getAttribute('state') === 'loading';
  /** Resolves (as a microtask) when `element`'s `state` attribute changes. */
  const stateChange = (element) =>
    new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(element, { attributes: true, attributeFilter: ['state'] });
    });
  /** Every Lit element in the tree: the element and its light-DOM children that have `updateComplete`. */
  const litElements = (root) => [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`<${spec.tag}> did not leave its loading state within 20 s`)), 20_000);
    requestAnimationFrame(async () => {
      try {
        const start = performance.now();
        // A message posted now is handled after this frame has been rendered and painted.
        let frameDone = false;
        const firstFrame = nextPaintMessage().then((time) => {
          frameDone = true;
          return time;
        });
        const container = document.createElement('div');
        for (let index = 0; index < spec.count; index += 1) {
          container.append(build(spec.tag, spec.attributes, index, spec.children ?? []));
        }
        document.body.append(container);
        const roots = [...container.children];
        const elements = roots.flatMap(litElements);
        await Promise.all(elements.map((element) => element.updateComplete));
        const firstUpdate = performance.now();
        for (const root of roots) {
          while (isLoading(root)) {
            await stateChange(root);
            await root.updateComplete;
          }
        }
        await Promise.all(elements.map((element) => element.updateComplete));
        const ready = performance.now();
        void document.body.offsetHeight;
        const layout = performance.now();
        const sameFrame = !frameDone;
        let painted;
        if (sameFrame) {
          painted = await firstFrame;
        } else {
          // The content came after the first frame: wait for the next one to be painted.
          painted = await new Promise((done) => requestAnimationFrame(() => nextPaintMessage().then(done)));
        }
        const shadowNodes = elements.reduce((total, element) => total + (element.shadowRoot?.querySelectorAll('*').length ?? 0), 0);
        clearTimeout(timer);
        resolve({
          firstUpdate: firstUpdate - start,
          ready: ready - start,
          layout: layout - start,
          painted: painted - start,
          sameFrame,
          states: [...new Set(roots.map((root) => root.getAttribute('state') ?? ''))],
          shadowNodes,
        });
      } catch (error) {
        clearTimeout(timer);
        reject(error);
      }
    });
  });
}
