// <parity-checklist>: every state, French, the high-contrast theme, a brand theme made only
// with tokens, a 320 px layout and use inside a host form. Each story sets up its own data in
// a memory store through `.client`, so what you see is the real element, not mock markup.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import {
  createClient,
  MemoryStore,
  rosterFromCounts,
  StorageError,
  t,
  type ParityAnswers,
  type PartnerKitClient,
  type RecordCollection,
  type StoredRecord,
} from '@partnerkit/core';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';
import '../src/define.js';
import { ASSESSMENTS_COLLECTION, type ParityChecklist } from '../src/index.js';

/** A store that never finishes reading (the loading state) or always fails (the error state). */
class DemoStore extends MemoryStore {
  constructor(private readonly mode: 'hang' | 'fail') {
    super();
  }
  override getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined> {
    if (this.mode === 'hang') return new Promise(() => {});
    if (this.mode === 'fail') {
      return Promise.reject(new StorageError('storage-unavailable', '', t('The browser refused to give access to storage.', 'Le navigateur a refusé l’accès au stockage.')));
    }
    return super.getRecord<T>(collection, id);
  }
}

const SOME_ANSWERS: ParityAnswers = {
  'numbers.balance': 'partly',
  'numbers.no-lone-patient': 'fully',
  'numbers.cover-absence': 'not-yet',
  'compensation.fair-pay': 'not-yet',
  'compensation.no-out-of-pocket': 'partly',
  'compensation.clear-rules': 'not-yet',
  'power-balance.everyone-speaks': 'fully',
  'power-balance.patients-invited': 'fully',
  'power-balance.plain-language': 'partly',
  'power-balance.safe-to-disagree': 'fully',
  'leadership.co-leads': 'not-yet',
  'support.contact-person': 'fully',
};

/** A client over a memory store holding an assessment with these answers (and team numbers). */
async function seeded(answers: ParityAnswers, counts?: { patients: number; professionals: number }): Promise<{ client: PartnerKitClient }> {
  const client = createClient({ store: new MemoryStore() });
  await client.records.save(ASSESSMENTS_COLLECTION, 'story', {
    id: 'story',
    teamId: 'ward-7-falls',
    assessedOn: new Date().toISOString().slice(0, 10),
    answers,
    ...(counts ? { roster: rosterFromCounts(counts) } : {}),
  });
  return { client };
}

/** A client over a server store (a stand-in that can go offline) holding some answers, now offline. */
async function offline(): Promise<{ client: PartnerKitClient }> {
  const store = new OfflineStore();
  const client = createClient({ store });
  await client.records.save(ASSESSMENTS_COLLECTION, 'story', {
    id: 'story',
    teamId: 'ward-7-falls',
    assessedOn: new Date().toISOString().slice(0, 10),
    answers: SOME_ANSWERS,
  });
  store.goOffline();
  return { client };
}

/** Answers one more statement while offline; with `thenOnline`, reconnects once it is saved on the device. */
function answerOffline(thenOnline: boolean) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = canvasElement.querySelector<ParityChecklist>('parity-checklist');
    if (element === null) return;
    for (let i = 0; i < 100 && element.state !== 'answering'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    const saved = new Promise((resolve) => element.addEventListener('pk-queued', resolve, { once: true }));
    element.shadowRoot?.querySelector<HTMLInputElement>('input[name="leadership.co-leads"][value="partly"]')?.click();
    await saved;
    if (thenOnline) await (element.client!.store as OfflineStore).goOnline();
  };
}

/** The checklist in a provider with the story's client. */
function checklist(client: unknown, wrapperClass = '', lang?: string): TemplateResult {
  return html`<div class=${wrapperClass} lang=${lang ?? nothing}>
    <partnerkit-provider .client=${client}><parity-checklist assessment="story" team="ward-7-falls"></parity-checklist></partnerkit-provider>
  </div>`;
}

/** Waits until the checklist has loaded, then shows its summary as a person would. */
async function openSummary({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<ParityChecklist>('parity-checklist');
  if (element === null) return;
  for (let i = 0; i < 100 && element.state !== 'answering'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
  element.shadowRoot?.querySelector<HTMLButtonElement>('.actions button')?.click();
}

const brandStyles = html`<style>
  .brand-theme {
    font-family: Georgia, 'Times New Roman', serif;
    --pk-color-text: #12303a;
    --pk-color-muted: #3d5a63;
    --pk-color-surface: #f7fbfb;
    --pk-color-surface-alt: #e3f1f0;
    --pk-color-border: #4f7a80;
    --pk-color-accent: #00676b;
    --pk-color-on-accent: #ffffff;
    --pk-color-danger: #a3122a;
    --pk-color-focus: #b45309;
    --pk-radius: 0.75em;
  }
  .narrow {
    inline-size: 320px;
  }
</style>`;

type Loaded = { loaded: { client?: PartnerKitClient } };

const meta: Meta = {
  title: 'Elements/Parity checklist',
  component: 'parity-checklist',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A team checks the seven parity factors: can patient partners and professionals take part as equals? Answers are saved as you go; the summary scores each factor, weakest first, with a suggestion.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Nothing answered yet. */
export const Empty: Story = {
  loaders: [() => seeded({})],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
};

/** Some answers saved: progress shows how many factors are fully answered. */
export const InProgress: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
};

/** Team numbers given: one patient partner among six professionals suggests answers for the numbers factor and a warning. */
export const WithTeamNumbers: Story = {
  loaders: [() => seeded({ 'support.contact-person': 'fully' }, { patients: 1, professionals: 6 })],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
};

/** The summary: a score per factor, weakest first, each with a suggestion. Printable. */
export const Summary: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
  play: openSummary,
};

/** While saved answers load. */
export const Loading: Story = {
  render: () => checklist(createClient({ store: new DemoStore('hang') })),
};

/** Saved answers could not be read: the message and a retry button. */
export const LoadError: Story = {
  render: () => checklist(createClient({ store: new DemoStore('fail') })),
};

/** With a server, offline: the answer is saved on this device and stays on screen; it will be sent when the connection is back. */
export const SavedOffline: Story = {
  loaders: [offline],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
  play: answerOffline(false),
};

/** With a server, back online: the answers saved on this device were sent. */
export const Sent: Story = {
  loaders: [offline],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client),
  play: answerOffline(true),
};

/** In French (`lang="fr"` on an ancestor). */
export const French: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client, '', 'fr'),
};

/** The French summary. */
export const FrenchSummary: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => checklist(loaded.client, '', 'fr'),
  play: openSummary,
};

/** `theme="high-contrast"`. */
export const HighContrast: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => html`<partnerkit-provider .client=${loaded.client} theme="high-contrast">
    <parity-checklist assessment="story"></parity-checklist>
  </partnerkit-provider>`,
};

/** A hospital's colours, corners and font, set only through `--pk-*` tokens on a wrapper. */
export const BrandTheme: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => html`${brandStyles}${checklist(loaded.client, 'brand-theme')}`,
};

/** 320 px wide, as on a small phone or a zoomed page. */
export const Narrow320: Story = {
  loaders: [() => seeded(SOME_ANSWERS, { patients: 2, professionals: 6 })],
  render: (_args, { loaded }: Loaded) => html`${brandStyles}${checklist(loaded.client, 'narrow')}`,
};

/** Inside a host form with `name="parity"`: the value is submitted with the form, and Reset clears the answers. */
export const InAForm: Story = {
  loaders: [() => seeded(SOME_ANSWERS)],
  render: (_args, { loaded }: Loaded) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const output = form.querySelector('output');
      if (output) output.textContent = String(new FormData(form).get('parity'));
    }}
  >
    <partnerkit-provider .client=${loaded.client}><parity-checklist name="parity" assessment="story"></parity-checklist></partnerkit-provider>
    <p><button type="submit">Send the form</button> <button type="reset">Reset the form</button></p>
    <output></output>
  </form>`,
};

/** With `storage="none"` nothing is kept: the page listens to `pk-change` and `pk-submit` itself. */
export const EventsOnly: Story = {
  render: () => html`<partnerkit-provider storage="none"><parity-checklist></parity-checklist></partnerkit-provider>`,
};
