import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { createClient, MemoryStore, PartnerKitError, t, type PartnerKitClient, type Store } from '@partnerkit/core';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';
import '../src/define.js';
import type { LadderPoll } from '../src/index.js';

// Every state comes from a real store seeded by the story's loader, not from faked markup.

interface Loaded {
  readonly client: PartnerKitClient;
}

interface PollSetup {
  /** Poll settings to create first; leave out to let the element create the poll. */
  readonly settings?: Record<string, unknown>;
  /** Votes to cast, by rung id, each as a new person. */
  readonly votes?: Readonly<Record<string, number>>;
  /** Votes with a segment: [rung, segment, count]. */
  readonly segmentVotes?: readonly (readonly [string, string, number])[];
  /** Close the poll after voting. */
  readonly close?: boolean;
}

const POLL = 'story-poll';

/** A loader that seeds a fresh memory store for one story. */
const seeded =
  (setup: PollSetup = {}) =>
  async (): Promise<Loaded> => {
    const client = createClient({ store: new MemoryStore() });
    if (setup.settings !== undefined) await client.polls.create({ id: POLL, ...setup.settings });
    for (const [rung, count] of Object.entries(setup.votes ?? {})) {
      for (let index = 0; index < count; index++) await client.withParticipant().polls.vote(POLL, { rung });
    }
    for (const [rung, segment, count] of setup.segmentVotes ?? []) {
      for (let index = 0; index < count; index++) await client.withParticipant().polls.vote(POLL, { rung, segment });
    }
    if (setup.close === true) await client.polls.close(POLL);
    return { client };
  };

/** A client whose store cannot be read, to show the error state. */
const broken = async (): Promise<Loaded> => {
  const store = new MemoryStore();
  const failing: Store = Object.assign(Object.create(store) as Store, {
    getPoll: () =>
      Promise.reject(
        new PartnerKitError('storage-unavailable', 'store', t('This device’s storage cannot be read.', 'Le stockage de cet appareil ne peut pas être lu.')),
      ),
  });
  return { client: createClient({ store: failing }) };
};

/** A server store (a stand-in that can go offline) with a poll where a few people answered, now offline. */
const offline = async (): Promise<Loaded> => {
  const store = new OfflineStore();
  const client = createClient({ store });
  await client.polls.create({ id: POLL, minGroupSize: 3 });
  for (const rung of ['told-no-influence', 'share-decisions', 'share-decisions', 'control-decisions']) {
    await client.withParticipant().polls.vote(POLL, { rung });
  }
  store.goOffline();
  return { client };
};

/** A server store where the poll is not set up yet. */
const noPollYet = async (): Promise<Loaded> => ({ client: createClient({ store: new OfflineStore() }) });

const inProvider = (client: PartnerKitClient, poll: TemplateResult, options: { lang?: string; theme?: string } = {}) =>
  html`<partnerkit-provider .client=${client} lang=${options.lang ?? nothing} theme=${options.theme ?? nothing}>${poll}</partnerkit-provider>`;

const client = (loaded: unknown) => (loaded as Loaded).client;

/** Picks a rung in the story's poll and sends it. */
async function voteIn(canvas: HTMLElement, index: number): Promise<void> {
  const poll = canvas.querySelector<LadderPoll>('ladder-poll');
  if (poll === null) return;
  for (let tries = 0; tries < 50 && poll.state === 'loading'; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  poll.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="rung"]')[index]?.click();
  poll.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

/** Answers while offline, waits until the answer is saved on the device, then (`thenOnline`) reconnects. */
async function voteOffline(canvas: HTMLElement, index: number, thenOnline: boolean): Promise<void> {
  const poll = canvas.querySelector<LadderPoll>('ladder-poll');
  if (poll === null) return;
  const saved = new Promise((resolve) => poll.addEventListener('pk-queued', resolve, { once: true }));
  await voteIn(canvas, index);
  await saved;
  if (thenOnline) await (poll.client!.store as OfflineStore).goOnline();
}

const results = { 'told-no-influence': 2, 'asked-limited-influence': 4, 'suggest-and-influence': 3, 'share-decisions': 2, 'control-decisions': 1 };

const meta: Meta = {
  title: 'Elements/Ladder poll',
  component: 'ladder-poll',
  tags: ['autodocs'],
  loaders: [seeded()],
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll poll=${POLL}></ladder-poll>`),
  parameters: {
    docs: {
      description: {
        component:
          'People pick the rung of a ladder that best describes how much say patients have. Results show as bars with numbers and as a table, and small groups show only a total so nobody’s answer can be guessed. Without a server, the device is a kiosk: each answer is a new person.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Open: waiting for an answer. The element created the poll from its attributes. */
export const Open: Story = {};

/** Empty: results may show at any time, but nobody has answered yet. */
export const Empty: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' } })],
};

/** Results: bars with numbers, the middle answer, and a table behind a disclosure. */
export const Results: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: results })],
};

/** A small group: only the total shows, with the reason in plain words. */
export const SmallGroup: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: { 'share-decisions': 3 } })],
};

/** Split by group: staff and patient or family partners, each big enough to show. */
export const ByGroup: Story = {
  loaders: [
    seeded({
      settings: { resultsVisibility: 'always', askSegment: true, minGroupSize: 3 },
      segmentVotes: [
        ['asked-limited-influence', 'staff', 2],
        ['share-decisions', 'staff', 2],
        ['told-no-influence', 'patient', 3],
      ],
    }),
  ],
};

/** Voted: the answer is saved, the results stay hidden until the facilitator shows them. */
export const Voted: Story = {
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll poll=${POLL} results="hidden"></ladder-poll>`),
  play: async ({ canvasElement }) => voteIn(canvasElement, 3),
};

/** Closed: no more answers; the final results. */
export const Closed: Story = {
  loaders: [seeded({ settings: {}, votes: results, close: true })],
};

/** Error: the store could not be read; the person can try again. */
export const LoadError: Story = {
  name: 'Error',
  loaders: [broken],
};

/** No poll id: a plain message on the page and a warning in the console. */
export const Unconfigured: Story = {
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll></ladder-poll>`),
};

/** Facilitator controls in a workshop without a server: show the hidden results, close, reopen, remove every answer. */
export const Facilitator: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'hidden', minGroupSize: 3 }, votes: { 'share-decisions': 2, 'control-decisions': 2 } })],
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll poll=${POLL} facilitator></ladder-poll>`),
};

/**
 * With a server, offline: the answer is saved on this device, the person still sees it as their
 * choice, and the status says it will be sent when the connection is back.
 */
export const SavedOffline: Story = {
  loaders: [offline],
  play: async ({ canvasElement }) => voteOffline(canvasElement, 3, false),
};

/** With a server, back online: the answer saved on the device was sent; the latest results show. */
export const Sent: Story = {
  loaders: [offline],
  play: async ({ canvasElement }) => voteOffline(canvasElement, 3, true),
};

/** With a server, a poll nobody has set up yet: "not open yet", until it opens. */
export const NotOpenYet: Story = {
  loaders: [noPollYet],
};

/** Events only (`storage="none"`): the page handles the data; the element fires `pk-vote`. */
export const EventsOnly: Story = {
  render: () => html`<partnerkit-provider storage="none"><ladder-poll poll=${POLL} ladder="iap2"></ladder-poll></partnerkit-provider>`,
};

/** In French, from the provider's `lang`. */
export const French: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: results })],
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll poll=${POLL}></ladder-poll>`, { lang: 'fr' }),
};

/** The high-contrast theme. */
export const HighContrast: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: results })],
  render: (_args, { loaded }) => inProvider(client(loaded), html`<ladder-poll poll=${POLL}></ladder-poll>`, { theme: 'high-contrast' }),
};

/** A hospital brand, set only through `--pk-*` tokens. */
export const BrandTheme: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: results })],
  render: (_args, { loaded }) => html`<style>
      .brand {
        --pk-color-accent: #6a1b5d;
        --pk-color-focus: #6a1b5d;
        --pk-color-surface-alt: #f6eef4;
        --pk-radius: 0.75em;
        --pk-space: 1.25em;
        font-family: Georgia, serif;
      }
    </style>
    <div class="brand">${inProvider(client(loaded), html`<ladder-poll poll=${POLL}></ladder-poll>`)}</div>`,
};

/** A 320 px wide column, as on a small phone or a narrow intranet sidebar. */
export const Narrow: Story = {
  loaders: [seeded({ settings: { resultsVisibility: 'always' }, votes: results })],
  render: (_args, { loaded }) => html`<style>
      .narrow {
        width: 320px;
      }
    </style>
    <div class="narrow">${inProvider(client(loaded), html`<ladder-poll poll=${POLL} facilitator></ladder-poll>`)}</div>`,
};
