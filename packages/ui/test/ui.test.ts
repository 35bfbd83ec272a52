import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore, createClient, t } from '@partnerkit/core';
import {
  PartnerKitElement,
  PartnerKitProvider,
  baseStyles,
  createConnection,
  defaultConnection,
  defineElement,
  defineElements,
  resetDefaultConnections,
  type PartnerKitConnection,
} from '../src/index.js';
import '../src/define.js';

/** A small element that shows its language and counts connection changes. */
class ProbeElement extends PartnerKitElement {
  static override styles = baseStyles;
  connections: PartnerKitConnection[] = [];
  override connectionChanged(connection: PartnerKitConnection): void {
    this.connections.push(connection);
  }
  protected override render(): unknown {
    return html`<div class="root"><p id="text">${this.text(t('Hello', 'Bonjour'))}</p></div>`;
  }
}
defineElement('pk-probe', ProbeElement);

const text = (el: Element): string => el.shadowRoot?.querySelector('#text')?.textContent ?? '';

afterEach(() => {
  resetDefaultConnections();
  document.documentElement.lang = 'en';
});

describe('defineElement', () => {
  it('skips a taken tag without throwing and warns once when another version took it', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends HTMLElement {
        static partnerkitVersion = '9.9.9';
      }
      expect(defineElement('pk-twice', Other)).to.equal(true);
      class Ours extends HTMLElement {}
      expect(defineElement('pk-twice', Ours)).to.equal(false);
      expect(defineElement('pk-twice', Ours)).to.equal(false);
      expect(customElements.get('pk-twice')).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('9.9.9').and.contain('0.1.0');
    } finally {
      console.warn = original;
    }
  });

  it('gives one warning for several tags taken by another version, and registers the free ones', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Old extends HTMLElement {
        static partnerkitVersion = '0.0.1';
      }
      customElements.define('pk-many-a', class extends Old {});
      customElements.define('pk-many-b', class extends Old {});
      class Ours extends HTMLElement {}
      const registered = defineElements([
        ['pk-many-a', Ours],
        ['pk-many-b', class extends Ours {}],
        ['pk-many-c', class extends Ours {}],
      ]);
      expect(registered).to.deep.equal(['pk-many-c']);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('<pk-many-a>, <pk-many-b>').and.contain('0.0.1');
    } finally {
      console.warn = original;
    }
  });

  it('stays quiet when the same version is defined twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineElement('pk-probe', ProbeElement)).to.equal(false);
      expect(defineElement('partnerkit-provider', PartnerKitProvider)).to.equal(false);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });
});

describe('language per element', () => {
  it('follows the element, then the nearest ancestor, then the document', async () => {
    const wrapper = await fixture(testHtml`<div>
      <pk-probe id="own" lang="fr"></pk-probe>
      <section lang="fr-CA"><pk-probe id="ancestor"></pk-probe></section>
      <pk-probe id="page"></pk-probe>
    </div>`);
    const [own, ancestor, page] = ['own', 'ancestor', 'page'].map((id) => wrapper.querySelector(`#${id}`)!);
    expect(text(own!)).to.equal('Bonjour');
    expect(text(ancestor!)).to.equal('Bonjour');
    expect(text(page!)).to.equal('Hello');
  });

  it('re-renders when a lang attribute changes anywhere above it', async () => {
    const wrapper = await fixture<HTMLElement>(testHtml`<div><pk-probe></pk-probe></div>`);
    const probe = wrapper.querySelector<ProbeElement>('pk-probe')!;
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe)).to.equal('Bonjour');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe)).to.equal('Hello');
  });

  it('reads lang through a shadow root', async () => {
    const host = await fixture<HTMLElement>(testHtml`<div lang="fr"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('pk-probe') as ProbeElement;
    shadow.append(probe);
    await probe.updateComplete;
    expect(text(probe)).to.equal('Bonjour');
  });
});

describe('connection', () => {
  it('uses the page default for its storage kind outside any provider, shared by the page', async () => {
    const wrapper = await fixture(testHtml`<div>
      <pk-probe id="a"></pk-probe><pk-probe id="b"></pk-probe><pk-probe id="c" storage="memory"></pk-probe>
    </div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrapper.querySelector<ProbeElement>(`#${id}`)!);
    expect(a!.connection).to.equal(b!.connection);
    expect(a!.connection.storage).to.equal('browser');
    expect(c!.connection.storage).to.equal('memory');
    expect(c!.connection).to.equal(defaultConnection('memory'));
    expect(a!.connection.kiosk).to.equal(true);
  });

  it('reads a storage property set before the element joins the page, as React does', async () => {
    const wrapper = await fixture<HTMLElement>(testHtml`<div></div>`);
    const probe = document.createElement('pk-probe') as ProbeElement;
    probe.storage = 'none';
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.connections.map((c) => c.storage)).to.deep.equal(['none']);
    expect(probe.client).to.equal(null);
  });

  it('keeps this browser’s participant id, and uses a new one for the page when the browser keeps nothing', () => {
    const kept = createConnection('browser').client!.participantId;
    expect(kept).to.match(/^p_[a-z0-9]{20}$/);
    expect(createConnection('browser').client!.participantId).to.equal(kept);
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const fresh = createConnection('browser').client!.participantId;
      expect(fresh).to.match(/^p_[a-z0-9]{20}$/);
      expect(fresh).to.not.equal(kept);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
    expect(localStorage.getItem('partnerkit:participant')).to.equal(kept);
  });

  it('takes the client of the nearest provider', async () => {
    const client = createClient({ store: new MemoryStore() });
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider .client=${client}><pk-probe></pk-probe></partnerkit-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('pk-probe')!;
    expect(probe.client).to.equal(client);
    expect(probe.connections.map((c) => c.client)).to.deep.equal([client]);
  });

  it('gives a provider with storage="none" no client (events only)', async () => {
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider storage="none"><pk-probe></pk-probe></partnerkit-provider>`,
    );
    expect(provider.querySelector<ProbeElement>('pk-probe')!.client).to.equal(null);
  });

  it('lets a provider defined after the elements take over', async () => {
    const wrapper = await fixture<HTMLElement>(
      testHtml`<div><pk-late-provider storage="memory"><pk-probe></pk-probe></pk-late-provider></div>`,
    );
    const probe = wrapper.querySelector<ProbeElement>('pk-probe')!;
    expect(probe.connection.storage).to.equal('browser');
    class LateProvider extends PartnerKitProvider {}
    customElements.define('pk-late-provider', LateProvider);
    await (wrapper.querySelector('pk-late-provider') as LateProvider).updateComplete;
    expect(probe.connection.storage).to.equal('memory');
    expect(probe.connections.at(-1)).to.equal(probe.connection);
  });

  it('lets a nearer provider defined later take over from an outer one, and stops hearing the outer one', async () => {
    const outer = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider storage="memory"><pk-late-inner storage="none"><pk-probe></pk-probe></pk-late-inner></partnerkit-provider>`,
    );
    const probe = outer.querySelector<ProbeElement>('pk-probe')!;
    expect(probe.connection.storage).to.equal('memory');
    class LateInner extends PartnerKitProvider {}
    customElements.define('pk-late-inner', LateInner);
    await (outer.querySelector('pk-late-inner') as LateInner).updateComplete;
    expect(probe.connection.storage).to.equal('none');
    outer.storage = 'browser';
    await outer.updateComplete;
    expect(probe.connection.storage).to.equal('none');
    expect(probe.connections.map((c) => c.storage)).to.deep.equal(['memory', 'none']);
  });

  it('moves to the page default when taken out of its provider', async () => {
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider storage="memory"><pk-probe></pk-probe></partnerkit-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('pk-probe')!;
    provider.after(probe);
    expect(probe.connection.storage).to.equal('browser');
    provider.storage = 'none';
    await provider.updateComplete;
    expect(probe.connection.storage).to.equal('browser');
  });

  it('switches client when the provider gets a new one', async () => {
    const provider = await fixture<PartnerKitProvider>(
      testHtml`<partnerkit-provider storage="memory"><pk-probe></pk-probe></partnerkit-provider>`,
    );
    const probe = provider.querySelector<ProbeElement>('pk-probe')!;
    const first = probe.client;
    provider.storage = 'none';
    await provider.updateComplete;
    expect(probe.client).to.equal(null);
    expect(first).to.not.equal(null);
  });
});

describe('theme and the host page', () => {
  it('keeps its own line height, spacing and colour under hostile page styles, but takes font family and size', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { line-height: 3 !important; letter-spacing: 0.5em; text-transform: uppercase; color: red; text-align: center } html { font-size: 62.5% }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLElement>(
        testHtml`<div style="font-family: Georgia, serif; font-size: 20px"><pk-probe></pk-probe></div>`,
      );
      const p = wrapper.querySelector('pk-probe')!.shadowRoot!.querySelector('#text')!;
      const computed = getComputedStyle(p);
      expect(computed.lineHeight).to.equal('30px');
      expect(computed.letterSpacing).to.equal('normal');
      expect(computed.textTransform).to.equal('none');
      expect(computed.textAlign).to.equal('start');
      expect(computed.color).to.equal('rgb(27, 31, 36)');
      expect(computed.fontFamily).to.contain('Georgia');
      expect(computed.fontSize).to.equal('20px');
    } finally {
      style.remove();
    }
  });

  it('takes --pk-* tokens from the page and the high-contrast theme from a provider', async () => {
    const wrapper = await fixture<HTMLElement>(testHtml`<div>
      <div style="--pk-color-text: rgb(1, 2, 3)"><pk-probe id="branded"></pk-probe></div>
      <partnerkit-provider theme="high-contrast" storage="memory"><pk-probe id="contrast"></pk-probe></partnerkit-provider>
    </div>`);
    const color = (id: string) =>
      getComputedStyle(wrapper.querySelector(`#${id}`)!.shadowRoot!.querySelector('#text')!).color;
    expect(color('branded')).to.equal('rgb(1, 2, 3)');
    expect(color('contrast')).to.equal('rgb(0, 0, 0)');
  });
});
