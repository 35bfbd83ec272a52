import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { PartnerKitClient } from '@partnerkit/core';
import '../src/define.js';
import { brokenWallClient, emptyClient, makePledge, offlineClient, reconnect, seededClient, wallLoaded } from './data.js';
import { storyStyles } from './styles.js';

interface Loaded {
  readonly client: PartnerKitClient;
}

/** The wall inside its own provider, over the story's own store. */
const wall = (client: PartnerKitClient, attributes: { lang?: string; theme?: string } = {}) =>
  html`<partnerkit-provider .client=${client} lang=${attributes.lang ?? nothing} theme=${attributes.theme ?? nothing}>
    <pledge-wall></pledge-wall>
  </partnerkit-provider>`;

const meta: Meta = {
  title: 'Elements/Pledge wall',
  component: 'pledge-wall',
  tags: ['autodocs'],
  loaders: [async (): Promise<Loaded> => ({ client: await seededClient() })],
  render: (_args, { loaded }) => wall((loaded as Loaded).client),
  parameters: {
    docs: {
      description: {
        component:
          'A team’s pledges, newest first. Names show only when their makers agreed. “I’ll do this too” joins a pledge; new pledges arrive live and can be paused.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Three pledges, newest first; one keeps its maker's name private. */
export const List: Story = {};

/** No pledges yet. */
export const Empty: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: emptyClient() })],
};

/** Waiting for the store. */
export const Loading: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: brokenWallClient('hold') })],
};

/** The store could not be read: the message is announced, with "Try again". */
export const Error: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: brokenWallClient('fail') })],
};

/** After pressing "I'll do this too" on the newest pledge. */
export const Joined: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pledge-wall')!;
    await wallLoaded(canvasElement);
    const first = el.pledges[0];
    if (first !== undefined) await el.join(first.id);
  },
};

/** Joins the newest pledge on the story's wall. */
async function joinNewest(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector('pledge-wall')!;
  await wallLoaded(canvas);
  const first = el.pledges[0];
  if (first !== undefined) await el.join(first.id);
}

/** With a server, offline: "I'll do this too" is saved on this device and will be sent when the connection is back. */
export const JoinedOffline: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: await offlineClient(true) })],
  play: async ({ canvasElement }) => joinNewest(canvasElement),
};

/** With a server, back online: the join saved on this device was sent and counted. */
export const JoinSent: Story = {
  loaders: [async (): Promise<Loaded> => ({ client: await offlineClient(true) })],
  play: async ({ canvasElement }) => {
    await joinNewest(canvasElement);
    await reconnect(canvasElement);
  },
};

/** A card and a wall on the same wall id: a pledge made on the card appears on the wall at once. */
export const WithCard: Story = {
  render: (_args, { loaded }) => html`${storyStyles}
    <partnerkit-provider .client=${(loaded as Loaded).client}>
      <div class="together">
        <pledge-card></pledge-card>
        <pledge-wall heading-level="2"></pledge-wall>
      </div>
    </partnerkit-provider>`,
  play: async ({ canvasElement }) => makePledge(canvasElement, 'Meeting our patient partners before each project, not after.'),
};

/** In French (`lang="fr"`). */
export const French: Story = {
  render: (_args, { loaded }) => wall((loaded as Loaded).client, { lang: 'fr' }),
};

/** The high-contrast theme. */
export const HighContrast: Story = {
  render: (_args, { loaded }) => wall((loaded as Loaded).client, { theme: 'high-contrast' }),
};

/** A brand theme set only through `--pk-*` tokens on a wrapper. */
export const BrandTheme: Story = {
  render: (_args, { loaded }) => html`${storyStyles}<div class="brand">${wall((loaded as Loaded).client)}</div>`,
};

/** 320 px wide. */
export const Narrow: Story = {
  render: (_args, { loaded }) => html`${storyStyles}<div class="narrow">${wall((loaded as Loaded).client)}</div>`,
};
