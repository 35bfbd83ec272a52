import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement, type CSSResult, type PropertyValues } from 'lit';
import { adoptPartStyles, baseStyles, defineElement } from '../src/index.js';

const ownStyles = css`
  p {
    margin: 0;
  }
`;
const firstPart = css`
  p {
    color: rgb(1, 2, 3);
  }
`;
const secondPart = css`
  p {
    color: rgb(4, 5, 6);
  }
`;

/** Draws a paragraph and adopts the styles of the parts it was given, in willUpdate as elements do. */
class PartsProbe extends LitElement {
  static override styles = [baseStyles, ownStyles];
  static override properties = { parts: { attribute: false } };
  declare parts: readonly CSSResult[];

  constructor() {
    super();
    this.parts = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    adoptPartStyles(this, this.parts);
  }

  protected override render(): unknown {
    return html`<p>text</p>`;
  }
}
defineElement('pk-parts-probe', PartsProbe);

/** The element's own sheets, as Lit adopted them from `static styles`. */
const baseSheets = (): CSSStyleSheet[] => PartsProbe.elementStyles.map((style) => (style as CSSResult).styleSheet!);
const sheetsOf = (el: PartsProbe): CSSStyleSheet[] => [...el.shadowRoot!.adoptedStyleSheets];
const colour = (el: PartsProbe): string => getComputedStyle(el.shadowRoot!.querySelector('p')!).color;

describe('adoptPartStyles', () => {
  it('adds a part’s sheet after the element’s own styles, once', async () => {
    const el = await fixture<PartsProbe>(testHtml`<pk-parts-probe></pk-parts-probe>`);
    expect(sheetsOf(el)).to.deep.equal(baseSheets());
    el.parts = [firstPart];
    await el.updateComplete;
    adoptPartStyles(el, [firstPart]);
    el.requestUpdate();
    await el.updateComplete;
    expect(sheetsOf(el)).to.deep.equal([...baseSheets(), firstPart.styleSheet]);
    expect(colour(el)).to.equal('rgb(1, 2, 3)');
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });

  it('keeps the order in which parts arrived, whatever comes again later', async () => {
    const el = await fixture<PartsProbe>(testHtml`<pk-parts-probe></pk-parts-probe>`);
    el.parts = [firstPart];
    await el.updateComplete;
    el.parts = [secondPart, firstPart];
    await el.updateComplete;
    expect(sheetsOf(el)).to.deep.equal([...baseSheets(), firstPart.styleSheet, secondPart.styleSheet]);
    // The later part wins a tie, as it would further down one sheet.
    expect(colour(el)).to.equal('rgb(4, 5, 6)');
  });

  it('adds every missing part in one change of the shadow root’s sheets, skipping parts not loaded yet', async () => {
    const el = await fixture<PartsProbe>(testHtml`<pk-parts-probe></pk-parts-probe>`);
    const root = el.shadowRoot!;
    const property = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
    let changes = 0;
    Object.defineProperty(root, 'adoptedStyleSheets', {
      configurable: true,
      get: () => property.get!.call(root) as CSSStyleSheet[],
      set: (sheets: CSSStyleSheet[]) => {
        changes += 1;
        property.set!.call(root, sheets);
      },
    });
    try {
      adoptPartStyles(el, [firstPart, undefined, secondPart, firstPart]);
      expect(changes).to.equal(1);
      adoptPartStyles(el, [firstPart, secondPart]);
      expect(changes).to.equal(1);
    } finally {
      delete (root as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
    expect(sheetsOf(el)).to.deep.equal([...baseSheets(), firstPart.styleSheet, secondPart.styleSheet]);
  });

  it('has the styles before the first render that needs them', async () => {
    const el = document.createElement('pk-parts-probe') as PartsProbe;
    el.parts = [firstPart];
    const colours: string[] = [];
    el.addController({ hostUpdated: () => colours.push(colour(el)) });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(colours).to.deep.equal(['rgb(1, 2, 3)']);
    } finally {
      el.remove();
    }
  });

  it('keeps the styles, once, when the element leaves the page and comes back', async () => {
    const el = await fixture<PartsProbe>(testHtml`<pk-parts-probe></pk-parts-probe>`);
    el.parts = [firstPart];
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.parts = [firstPart, secondPart];
    await el.updateComplete;
    expect(sheetsOf(el)).to.deep.equal([...baseSheets(), firstPart.styleSheet, secondPart.styleSheet]);
    expect(colour(el)).to.equal('rgb(4, 5, 6)');
  });

  it('does nothing before the element has a shadow root', () => {
    const el = document.createElement('pk-parts-probe') as PartsProbe;
    expect(() => adoptPartStyles(el, [firstPart])).not.to.throw();
    expect(el.shadowRoot).to.equal(null);
  });
});
