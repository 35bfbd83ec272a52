// The three looks side by side: the default theme, the high-contrast theme, and a brand theme
// set only through `--pk-*` tokens. Shows every element the workspace has defined.
/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createClient, MemoryStore, type PartnerKitClient } from '@partnerkit/core';
import '@partnerkit/ui/define.js';

// Every element package's define module that exists, so this page grows with the workspace.
import.meta.glob('../../../packages/*/src/define.ts', { eager: true });

const POLL = 'themes-poll';
const WALL = 'themes-wall';

/** A store with a few votes and pledges, so the themes show bars, tables and cards. */
async function seed(): Promise<{ client: PartnerKitClient }> {
  const client = createClient({ store: new MemoryStore() });
  await client.polls.create({ id: POLL, ladderId: 'participation', resultsVisibility: 'always' });
  const votes = ['asked-limited-influence', 'asked-limited-influence', 'suggest-and-influence', 'share-decisions', 'told-no-influence', 'suggest-and-influence'];
  for (const rung of votes) await client.withParticipant().polls.vote(POLL, { rung });
  await client.pledges.make({ wallId: WALL, text: 'Inviting two patient partners to our next project kick-off.', followUpDays: 30 });
  await client.pledges.make({ wallId: WALL, text: 'Asking patients to help us write our letters in plain words.', followUpDays: 60 });
  return { client };
}

/** One sample of each element, in the order a workshop uses them. */
const SAMPLES: ReadonlyArray<readonly [tag: string, sample: () => TemplateResult]> = [
  ['ladder-poll', () => html`<ladder-poll poll=${POLL} results="always"></ladder-poll>`],
  ['parity-checklist', () => html`<parity-checklist assessment="themes"></parity-checklist>`],
  ['pledge-card', () => html`<pledge-card wall=${WALL}></pledge-card>`],
  ['pledge-wall', () => html`<pledge-wall wall=${WALL}></pledge-wall>`],
];

/** Every element the workspace defines, sharing the story's seeded client. */
function samples(loaded: Record<string, unknown>, theme?: string): TemplateResult {
  const defined = SAMPLES.filter(([tag]) => customElements.get(tag) !== undefined);
  if (defined.length === 0) return html`<p>No PartnerKit element is defined yet.</p>`;
  return html`<partnerkit-provider .client=${loaded['client']} theme=${theme ?? ''}>
    ${defined.map(([, sample]) => html`<div class="sample">${sample()}</div>`)}
  </partnerkit-provider>`;
}

// A fictional hospital's colours. Only tokens change: no rule reaches inside the elements.
const brandStyles = html`<style>
  .themes-page .sample + .sample {
    margin-block-start: 1.5em;
  }
  .brand-theme {
    font-family: Georgia, 'Times New Roman', serif;
    --pk-color-text: #1f1235;
    --pk-color-muted: #4b3f5c;
    --pk-color-surface: #fbf8ff;
    --pk-color-surface-alt: #efe7fb;
    --pk-color-border: #6d5a8a;
    --pk-color-accent: #5b2a86;
    --pk-color-on-accent: #ffffff;
    --pk-color-success: #1e6b4f;
    --pk-color-danger: #a3122a;
    --pk-color-focus: #c2410c;
    --pk-radius: 0.75em;
    --pk-space: 1.25em;
  }
</style>`;

const meta: Meta = {
  title: 'Themes',
  tags: ['!autodocs'],
  loaders: [seed],
  parameters: {
    docs: {
      description: {
        component:
          'The default theme, the high-contrast theme and a brand theme made only with `--pk-*` custom properties.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The default look. */
export const DefaultTheme: Story = {
  render: (_args, { loaded }) => html`${brandStyles}<div class="themes-page">${samples(loaded)}</div>`,
};

/** `theme="high-contrast"` on the provider: black on white, thick borders, a strong focus ring. */
export const HighContrast: Story = {
  render: (_args, { loaded }) => html`${brandStyles}<div class="themes-page">${samples(loaded, 'high-contrast')}</div>`,
};

/** A hospital's own colours, corners, spacing and font, set with tokens on a wrapper class. */
export const BrandTheme: Story = {
  render: (_args, { loaded }) => html`${brandStyles}<div class="themes-page brand-theme">${samples(loaded)}</div>`,
};

/** The brand theme at 320 pixels wide. */
export const BrandThemeNarrow: Story = {
  ...BrandTheme,
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

