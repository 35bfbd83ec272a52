// Every story renders the state it names, from real data, with no axe violation.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetDefaultConnections } from '@partnerkit/ui';
import * as cardStories from '../stories/pledge-card.stories.js';
import * as wallStories from '../stories/pledge-wall.stories.js';

interface StoryShape {
  readonly loaders?: ReadonlyArray<(context: unknown) => Promise<Record<string, unknown>>>;
  readonly render?: (args: unknown, context: { loaded: Record<string, unknown> }) => TemplateResult;
  readonly play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const EXPECTED: Record<string, Record<string, string>> = {
  'pledge-card': {
    Open: 'open',
    Invalid: 'invalid',
    TooLong: 'open',
    Made: 'made',
    Error: 'error',
    French: 'open',
    FrenchMade: 'made',
    HighContrast: 'open',
    BrandTheme: 'open',
    Narrow: 'made',
    SavedOffline: 'queued',
    Sent: 'made',
  },
  'pledge-wall': {
    List: 'list',
    Empty: 'empty',
    Loading: 'loading',
    Error: 'error',
    Joined: 'list',
    WithCard: 'list',
    French: 'list',
    HighContrast: 'list',
    BrandTheme: 'list',
    Narrow: 'list',
    JoinedOffline: 'list',
    JoinSent: 'list',
  },
};

/** The status line some stories must end on. */
const STATUS: Record<string, Record<string, string>> = {
  'pledge-card': { SavedOffline: 'Saved on this device. It will be sent when you are back online.', Sent: 'Your pledge was sent. Thank you.' },
  'pledge-wall': { JoinedOffline: 'Saved on this device. It will be sent when you are back online.', JoinSent: 'Sent. You joined this pledge.' },
};

afterEach(() => resetDefaultConnections());

for (const [tag, module] of [
  ['pledge-card', cardStories],
  ['pledge-wall', wallStories],
] as const) {
  const meta = module.default as unknown as StoryShape;
  describe(`${tag} stories`, () => {
    it('has a story for every state listed here, and nothing unlisted', () => {
      expect(Object.keys(module).filter((name) => name !== 'default').sort()).to.deep.equal(Object.keys(EXPECTED[tag]!).sort());
    });
    for (const [name, story] of Object.entries(module) as unknown as Array<[string, StoryShape]>) {
      if (name === 'default') continue;
      it(`${name} shows state "${EXPECTED[tag]![name]}" and passes axe`, async () => {
        const loaders = story.loaders ?? meta.loaders ?? [];
        const loaded = Object.assign({}, ...(await Promise.all(loaders.map((load) => load({})))));
        const render = story.render ?? meta.render!;
        const canvas = await fixture<HTMLElement>(html`<div>${render({}, { loaded })}</div>`);
        const element = canvas.querySelector(tag)! as HTMLElement & { state: string; updateComplete: Promise<boolean> };
        await element.updateComplete;
        await story.play?.({ canvasElement: canvas });
        await waitUntil(() => element.state === EXPECTED[tag]![name], `${name} is ${element.state}`);
        await element.updateComplete;
        await expect(canvas).to.be.accessible();
        const status = STATUS[tag]![name];
        if (status !== undefined) expect(element.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(status);
        if (name === 'JoinSent') expect(element.shadowRoot!.querySelector('li')!.textContent).to.contain('1 person will do this too');
        if (name === 'Joined') expect(element.shadowRoot!.querySelector('li')!.textContent).to.contain('1 person will do this too');
        if (name === 'WithCard') expect(element.shadowRoot!.textContent).to.contain('Meeting our patient partners before each project');
      });
    }
  });
}
