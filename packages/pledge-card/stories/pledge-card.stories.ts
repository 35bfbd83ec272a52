import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { PartnerKitClient } from '@partnerkit/core';
import '../src/define.js';
import { emptyClient, fullClient, makePledge, offlineClient, reconnect } from './data.js';
import { storyStyles } from './styles.js';

interface Loaded {
  readonly client: PartnerKitClient;
}

/** The card inside its own provider, over the story's own store. */
const card = (client: PartnerKitClient, attributes: { lang?: string; theme?: string } = {}) =>
  html`<partnerkit-provider .client=${client} lang=${attributes.lang ?? nothing} theme=${attributes.theme ?? nothing}>
    <pledge-card wall="story-wall"></pledge-card>
  </partnerkit-provider>`;

const meta: Meta = {
  title: 'Elements/Pledge card',
  component: 'pledge-card',
  tags: ['autodocs'],
  loaders: [async (): Promise<Loaded> => ({ client: emptyClient() })],
  render: (_args, { loaded }) => card((loaded as Loaded).client),
  parameters: {
    docs: {
      description: {
        component:
          'A person finishes the sentence “I will work in partnership with patients and people by …”, may show their name (only with consent), picks when to look back on it, and gets a finished card to print.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Ready for a pledge: 280 characters counted live, no name unless the box is ticked. */
export const Open: Story = {};

/** Submitted empty: the error sits next to the field, in plain words. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => makePledge(canvasElement, ''),
};

/** Over the limit: the counter says how many characters are too many. */
export const TooLong: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pledge-card')!;
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector('textarea')!;
    area.value = 'Listening first, then acting on what patients and families tell us. '.repeat(5);
    area.dispatchEvent(new Event('input'));
  },
};

/** Saved: the finished card, ready to print. */
export const Made: Story = {
  play: async ({ canvasElement }) =>
    makePledge(canvasElement, 'Inviting a patient partner to every improvement huddle on our ward.', 'Amina Diallo'),
};

/** Saving failed (the device is full): the message is announced and the button says "Try again". */
export const Error: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: fullClient() })],
  play: async ({ canvasElement }) => makePledge(canvasElement, 'Listening more.'),
};

/**
 * With a server, offline: the pledge is saved on this device and shown as a card; the status
 * says it will be sent when the connection is back.
 */
export const SavedOffline: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: await offlineClient() })],
  play: async ({ canvasElement }) => makePledge(canvasElement, 'Asking patients what matters to them before each project starts.'),
};

/** With a server, back online: the pledge saved on this device was sent; the card now holds its owner token. */
export const Sent: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: await offlineClient() })],
  play: async ({ canvasElement }) => {
    await makePledge(canvasElement, 'Asking patients what matters to them before each project starts.');
    await reconnect(canvasElement);
  },
};

/** In French (`lang="fr"`). */
export const French: Story = {
  render: (_args, { loaded }) => card((loaded as Loaded).client, { lang: 'fr' }),
};

/** French, finished card. */
export const FrenchMade: Story = {
  render: (_args, { loaded }) => card((loaded as Loaded).client, { lang: 'fr' }),
  play: async ({ canvasElement }) => makePledge(canvasElement, 'Demander aux patients ce qui compte pour eux.', 'Louise'),
};

/** The high-contrast theme (`theme="high-contrast"` on the provider). */
export const HighContrast: Story = {
  render: (_args, { loaded }) => card((loaded as Loaded).client, { theme: 'high-contrast' }),
};

/** A brand theme set only through `--pk-*` tokens on a wrapper. */
export const BrandTheme: Story = {
  render: (_args, { loaded }) => html`${storyStyles}<div class="brand">${card((loaded as Loaded).client)}</div>`,
};

/** 320 px wide, as on a phone or a narrow intranet column. */
export const Narrow: Story = {
  render: (_args, { loaded }) => html`${storyStyles}<div class="narrow">${card((loaded as Loaded).client)}</div>`,
  play: async ({ canvasElement }) => makePledge(canvasElement, 'Co-designing the discharge leaflet with people who have used it.'),
};
