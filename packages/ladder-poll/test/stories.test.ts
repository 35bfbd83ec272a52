import { expect, waitUntil } from '@open-wc/testing';
import { resetDefaultConnections } from '@partnerkit/ui';
import { render as renderTemplate, type TemplateResult } from 'lit';
import * as stories from '../stories/ladder-poll.stories.js';
import type { LadderPoll } from '../src/index.js';

type Loader = () => Promise<unknown>;
interface StoryLike {
  readonly loaders?: readonly Loader[];
  readonly render?: (args: unknown, context: { loaded: unknown }) => TemplateResult;
  readonly play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;

/** The state each story must really reach, from its own seeded store. */
const EXPECTED: Record<string, string> = {
  Open: 'open',
  Empty: 'empty',
  Results: 'results',
  SmallGroup: 'results',
  ByGroup: 'results',
  Voted: 'voted',
  Closed: 'closed',
  LoadError: 'error',
  Unconfigured: 'unconfigured',
  Facilitator: 'open',
  EventsOnly: 'open',
  French: 'results',
  HighContrast: 'results',
  BrandTheme: 'results',
  Narrow: 'results',
  SavedOffline: 'results',
  Sent: 'results',
  NotOpenYet: 'upcoming',
};

/** The status line some stories must end on. */
const STATUS: Record<string, string> = {
  SavedOffline: 'Saved on this device. It will be sent when you are back online.',
  Sent: 'Your vote was sent.',
};

let wrapper: HTMLElement | undefined;

afterEach(() => {
  wrapper?.remove();
  resetDefaultConnections();
});

describe('<ladder-poll> stories', () => {
  it('has a test entry for every story', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, state] of Object.entries(EXPECTED)) {
    it(`${name} reaches the "${state}" state with no axe violations`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const loaders = story.loaders ?? meta.loaders ?? [];
      const loaded = Object.assign({}, ...(await Promise.all(loaders.map((load) => load()))));
      const render = story.render ?? meta.render!;
      const original = console.warn;
      console.warn = () => {};
      try {
        wrapper = document.body.appendChild(document.createElement('div'));
        renderTemplate(render({}, { loaded }), wrapper);
        await story.play?.({ canvasElement: wrapper });
        const poll = wrapper.querySelector<LadderPoll>('ladder-poll')!;
        await waitUntil(() => poll.state === state, `${name} stayed "${poll.state}"`);
        const status = STATUS[name];
        if (status !== undefined) {
          const shown = () => poll.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
          await waitUntil(() => shown() === status, `${name} said "${shown()}"`);
        }
        await expect(poll).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });
  }
});
