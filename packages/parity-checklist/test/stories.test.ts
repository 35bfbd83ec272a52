// Renders every story as Storybook would (loaders, render, play) and checks the state it shows.
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetDefaultConnections } from '@partnerkit/ui';
import type { ParityChecklist } from '../src/index.js';
import * as stories from '../stories/parity-checklist.stories.js';

interface StoryLike {
  loaders?: (() => Promise<Record<string, unknown>>)[];
  render?: (args: unknown, context: { loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const EXPECTED: Record<string, string> = {
  Empty: 'answering',
  InProgress: 'answering',
  WithTeamNumbers: 'answering',
  Summary: 'summary',
  Loading: 'loading',
  LoadError: 'error',
  French: 'answering',
  FrenchSummary: 'summary',
  HighContrast: 'answering',
  BrandTheme: 'answering',
  Narrow320: 'answering',
  InAForm: 'answering',
  EventsOnly: 'answering',
  SavedOffline: 'answering',
  Sent: 'answering',
};

/** The status line some stories must end on. */
const STATUS: Record<string, string> = {
  SavedOffline: 'Saved on this device. It will be sent when you are back online.',
  Sent: 'Your answers were sent.',
};

afterEach(() => resetDefaultConnections());

describe('stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

  it('covers every story', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [name, story] of named) {
    it(`${name} shows the ${EXPECTED[name]} state with real data`, async () => {
      const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((load) => load()))));
      const canvasElement = await fixture<HTMLElement>(story.render!({}, { loaded }));
      const wrapper = canvasElement.parentElement!;
      await story.play?.({ canvasElement: wrapper });
      const el = wrapper.querySelector<ParityChecklist>('parity-checklist')!;
      for (let i = 0; i < 100 && el.state !== EXPECTED[name]; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(el.state).to.equal(EXPECTED[name]);
      const status = STATUS[name];
      const shown = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      for (let i = 0; status !== undefined && i < 100 && shown() !== status; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      if (status !== undefined) expect(shown()).to.equal(status);
      if (name === 'InProgress') expect(el.shadowRoot!.querySelector('#progress-text')!.textContent).to.equal('3 of 7 factors answered');
      if (name === 'French') expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Liste de contrôle de la parité');
      await expect(el).to.be.accessible();
    });
  }
});
