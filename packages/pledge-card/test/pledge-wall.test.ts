import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryStore, StorageError, createClient, t, type Pledge, type PartnerKitClient } from '@partnerkit/core';
import { createBrowserClient } from '@partnerkit/core/browser';
import { resetDefaultConnections, type PkErrorDetail } from '@partnerkit/ui';
import type { PledgeWall } from '../src/pledge-wall.js';
import type { PledgeCard } from '../src/pledge-card.js';
import type { PkJoinDetail } from '../src/events.js';
import '../src/define.js';
import { ariaSnapshot, collect, deepActiveElement, fill, HOSTILE, layout, memoryClient, part, shadow, steppingClock, textOf } from './helpers.js';

interface WallOptions {
  readonly wall?: string;
  readonly lang?: string;
  readonly kiosk?: boolean;
}

/** A wall inside a provider with its own client, once it has loaded. */
async function wallWith(client: PartnerKitClient, options: WallOptions = {}): Promise<PledgeWall> {
  const wrapper = await fixture<HTMLElement>(
    html`<div id="host">
      <partnerkit-provider .client=${client} .kiosk=${options.kiosk}>
        <pledge-wall lang=${options.lang ?? 'en'} wall=${options.wall ?? 'pledges'}></pledge-wall>
      </partnerkit-provider>
    </div>`,
  );
  const wall = wrapper.querySelector('pledge-wall')!;
  await waitUntil(() => wall.state !== 'loading', 'the wall did not load');
  await wall.updateComplete;
  return wall;
}

/** Three pledges, oldest first: one named with consent, one anonymous, one whose name was given without consent. */
async function seed(client: PartnerKitClient, wallId = 'pledges'): Promise<void> {
  await client.pledges.make({ wallId, text: 'Asking patients what matters to them', name: 'Amina', nameConsent: true });
  await client.pledges.make({ wallId, text: 'Paying partners for their time' });
  await client.pledges.make({ wallId, text: 'Sharing our data with the patient council', name: 'Jordan', nameConsent: false });
}

const items = (wall: PledgeWall) => [...shadow(wall).querySelectorAll('li')];
const texts = (wall: PledgeWall) => items(wall).map((li) => li.querySelector('.pledge-text')!.textContent);
const joinButtons = (wall: PledgeWall) => [...shadow(wall).querySelectorAll<HTMLButtonElement>('button[part=join]')];
const statusText = (wall: PledgeWall) => part(wall, '[role=status]').textContent ?? '';

/** A store whose wall can be held back (loading) or broken (error). */
class ControlledStore extends MemoryStore {
  mode: 'normal' | 'hold' | 'fail' = 'normal';
  override async listPledges(wallId: string): Promise<Pledge[]> {
    if (this.mode === 'hold') return new Promise<Pledge[]>(() => {});
    if (this.mode === 'fail') throw new StorageError('storage-unavailable', '', t('We cannot read this device’s storage.', 'Nous ne pouvons pas lire le stockage de cet appareil.'));
    return super.listPledges(wallId);
  }
}

afterEach(async () => {
  resetDefaultConnections();
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
});

describe('<pledge-wall> loading', () => {
  it('says it is loading until the store answers', async () => {
    const store = new ControlledStore();
    store.mode = 'hold';
    const client = createClient({ store });
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider .client=${client}><pledge-wall></pledge-wall></partnerkit-provider>`,
    );
    const wall = wrapper.querySelector('pledge-wall')!;
    await wall.updateComplete;
    expect(wall.state).to.equal('loading');
    expect(wall.getAttribute('state')).to.equal('loading');
    expect(textOf(wall)).to.contain('Loading the pledges…');
    await expect(wall).to.be.accessible();
    const tree = await ariaSnapshot('pledge-wall');
    expect(tree).to.contain('heading "Our pledges" [level=2]');
    expect(tree).to.contain('Loading the pledges…');
  });
});

describe('<pledge-wall> empty', () => {
  it('invites the first pledge', async () => {
    const wall = await wallWith(memoryClient());
    expect(wall.state).to.equal('empty');
    expect(wall.getAttribute('state')).to.equal('empty');
    expect(textOf(wall)).to.contain('No pledges yet. Be the first to make one.');
    expect(shadow(wall).querySelector('ul')).to.equal(null);
    await expect(wall).to.be.accessible();
    const tree = await ariaSnapshot('pledge-wall');
    expect(tree).to.contain('heading "Our pledges" [level=2]');
    expect(tree).to.contain('No pledges yet. Be the first to make one.');
    expect(tree).to.contain('button "Pause new pledges"');
  });
});

describe('<pledge-wall> list', () => {
  it('shows pledges newest first, names only with consent', async () => {
    const client = memoryClient();
    await seed(client);
    await seed(client, 'another-wall');
    const wall = await wallWith(client);
    expect(wall.state).to.equal('list');
    expect(texts(wall)).to.deep.equal([
      'Sharing our data with the patient council',
      'Paying partners for their time',
      'Asking patients what matters to them',
    ]);
    const metas = items(wall).map((li) => li.querySelector('.meta')!.textContent!);
    expect(metas[0]).to.match(/^Someone on the team · Made on /);
    expect(metas[1]).to.match(/^Someone on the team · Made on /);
    expect(metas[2]).to.match(/^Amina · Made on /);
    expect(textOf(wall)).to.not.contain('Jordan');
    expect(textOf(wall)).to.contain('3 pledges, newest first.');
    await expect(wall).to.be.accessible();
    const tree = await ariaSnapshot('pledge-wall');
    expect(tree).to.contain('heading "Our pledges" [level=2]');
    expect(tree).to.match(/list:\n(\s+- listitem:[\s\S]*){3}/);
    expect(tree.match(/button "I’ll do this too"/g)).to.have.length(3);
  });

  it('joins a pledge on click: the store counts it, pk-join fires, the count shows', async () => {
    const client = memoryClient();
    await seed(client);
    const wall = await wallWith(client);
    const joins = collect<PkJoinDetail>(wall, 'pk-join');
    const target = wall.pledges[1]!;
    joinButtons(wall)[1]!.click();
    await waitUntil(() => joins.length === 1, 'no pk-join');
    await wall.updateComplete;
    expect(joins).to.deep.equal([{ pledgeId: target.id }]);
    const stored = (await client.pledges.wall('pledges')).find((p) => p.id === target.id)!;
    expect(stored.joinCount).to.equal(1);
    expect(items(wall)[1]!.textContent).to.contain('1 person will do this too');
    expect(statusText(wall)).to.equal('Thank you. You joined this pledge.');
    // A shared kiosk: the next person at the tablet joins as someone new.
    joinButtons(wall)[1]!.click();
    await waitUntil(() => joins.length === 2, 'no second pk-join');
    await wall.updateComplete;
    expect(items(wall)[1]!.textContent).to.contain('2 people will do this too');
    await expect(wall).to.be.accessible();
  });

  it('with a server, a person joins once and the button says so', async () => {
    const client = memoryClient();
    await seed(client);
    const wall = await wallWith(client, { kiosk: false });
    const joins = collect<PkJoinDetail>(wall, 'pk-join');
    joinButtons(wall)[0]!.click();
    await waitUntil(() => joins.length === 1, 'no pk-join');
    await wall.updateComplete;
    expect(joinButtons(wall)[0]!.disabled).to.equal(true);
    expect(joinButtons(wall)[0]!.textContent!.trim()).to.equal('You joined');
    expect((await client.pledges.wall('pledges'))[0]!.joinCount).to.equal(1);
  });

  it('is operated by keyboard: Tab to a join button, Enter joins, Space joins the next', async () => {
    const client = memoryClient();
    await seed(client);
    const wall = await wallWith(client);
    const joins = collect<PkJoinDetail>(wall, 'pk-join');
    part(wall, 'button[part=pause]').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(joinButtons(wall)[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => joins.length === 1, 'Enter did not join');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(joinButtons(wall)[1]);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => joins.length === 2, 'Space did not join');
    expect(joins.map((j) => j.pledgeId)).to.deep.equal([wall.pledges[0]!.id, wall.pledges[1]!.id]);
    // The join button's description is the pledge itself.
    const button = joinButtons(wall)[0]!;
    expect(part(wall, `#${button.getAttribute('aria-describedby')}`).textContent).to.equal(wall.pledges[0]!.text);
  });

  it('shows new pledges live, on top, and holds them while paused', async () => {
    const store = new MemoryStore();
    const client = createClient({ store, now: steppingClock() });
    await seed(client);
    const wall = await wallWith(client);
    const elsewhere = createClient({ store, now: steppingClock(Date.UTC(2025, 5, 1)) });
    await elsewhere.pledges.make({ wallId: 'pledges', text: 'Co-chairing the committee with a patient' });
    await waitUntil(() => wall.pledges.length === 4, 'the new pledge did not arrive');
    await wall.updateComplete;
    expect(texts(wall)[0]).to.equal('Co-chairing the committee with a patient');

    part<HTMLButtonElement>(wall, 'button[part=pause]').click();
    await wall.updateComplete;
    expect(statusText(wall)).to.contain('New pledges are paused.');
    expect(part(wall, 'button[part=pause]').textContent!.trim()).to.equal('Show new pledges');
    await elsewhere.pledges.make({ wallId: 'pledges', text: 'Meeting partners before each project' });
    await elsewhere.pledges.make({ wallId: 'elsewhere', text: 'Not for this wall' });
    await wall.updateComplete;
    expect(texts(wall)).to.have.length(4);

    part<HTMLButtonElement>(wall, 'button[part=pause]').click();
    await waitUntil(() => wall.pledges.length === 5, 'the held pledge did not show');
    await wall.updateComplete;
    expect(texts(wall)[0]).to.equal('Meeting partners before each project');
    expect(textOf(wall)).to.not.contain('Not for this wall');
  });

  it('keeps a pledge that arrives live while the wall is being read', async () => {
    // A store whose read answers with what it held when asked, but only once released.
    let release = () => {};
    class SlowStore extends MemoryStore {
      override async listPledges(wallId: string): Promise<Pledge[]> {
        const held = await super.listPledges(wallId);
        await new Promise<void>((resolve) => (release = resolve));
        return held;
      }
    }
    const store = new SlowStore();
    const client = createClient({ store, now: steppingClock() });
    const wrapper = await fixture<HTMLElement>(html`<partnerkit-provider .client=${client}><pledge-wall></pledge-wall></partnerkit-provider>`);
    const wall = wrapper.querySelector('pledge-wall')!;
    await waitUntil(() => wall.pledges.length === 0 && wall.state === 'loading', 'the wall did not start loading');
    const elsewhere = createClient({ store, now: steppingClock(Date.UTC(2025, 5, 1)) });
    await elsewhere.pledges.make({ wallId: 'pledges', text: 'Co-chairing the committee with a patient' });
    await waitUntil(() => wall.pledges.length === 1, 'the live pledge did not arrive');
    release();
    await waitUntil(() => wall.state === 'list', 'the wall did not load');
    await wall.updateComplete;
    expect(texts(wall)).to.deep.equal(['Co-chairing the committee with a patient']);
  });

  it('never shows an owner token', async () => {
    const client = memoryClient();
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider .client=${client}><pledge-card></pledge-card><pledge-wall></pledge-wall></partnerkit-provider>`,
    );
    const card = wrapper.querySelector<PledgeCard>('pledge-card')!;
    const wall = wrapper.querySelector<PledgeWall>('pledge-wall')!;
    await card.updateComplete;
    fill(part<HTMLTextAreaElement>(card, 'textarea'), 'Learning from complaints with partners');
    part<HTMLButtonElement>(card, 'button[type=submit]').click();
    await waitUntil(() => card.state === 'made' && wall.pledges.length === 1, 'the pledge did not reach the wall');
    await wall.updateComplete;
    expect(card.ownerToken).to.be.a('string');
    expect(textOf(wall)).to.contain('Learning from complaints with partners');
    expect(textOf(wall)).to.not.contain(card.ownerToken!);
    expect(JSON.stringify(wall.pledges)).to.not.contain(card.ownerToken!);
  });

  it('with storage="none" shows the pledges it is given (names only with consent) and fires pk-join', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider storage="none"><pledge-wall></pledge-wall></partnerkit-provider>`,
    );
    const wall = wrapper.querySelector('pledge-wall')!;
    await wall.updateComplete;
    expect(wall.state).to.equal('empty');
    const base = { wallId: 'pledges', followUpDays: 30, followUpOn: '2025-04-09', status: 'made', joinCount: 0 } as const;
    wall.pledges = [
      { ...base, id: 'older', text: 'Older', name: 'Hidden name', nameConsent: false, createdAt: '2025-03-10T09:00:00.000Z', updatedAt: '2025-03-10T09:00:00.000Z' },
      { ...base, id: 'newer', text: 'Newer', name: 'Lee', nameConsent: true, createdAt: '2025-03-11T09:00:00.000Z', updatedAt: '2025-03-11T09:00:00.000Z' },
    ];
    await wall.updateComplete;
    expect(wall.state).to.equal('list');
    expect(texts(wall)).to.deep.equal(['Newer', 'Older']);
    expect(textOf(wall)).to.contain('Lee');
    expect(textOf(wall)).to.not.contain('Hidden name');
    const joins = collect<PkJoinDetail>(wall, 'pk-join');
    joinButtons(wall)[1]!.click();
    await waitUntil(() => joins.length === 1, 'no pk-join');
    expect(joins).to.deep.equal([{ pledgeId: 'older' }]);
  });

  it('still shows the pledges after a reload (a new wall on a fresh browser store)', async () => {
    const key = 'pledge-wall-test-reload';
    await createBrowserClient({ key }).pledges.make({ wallId: 'pledges', text: 'Bringing a partner to every audit', name: 'Kim', nameConsent: true });
    const wall = await wallWith(createBrowserClient({ key }));
    expect(texts(wall)).to.deep.equal(['Bringing a partner to every audit']);
    expect(textOf(wall)).to.contain('Kim');
  });
});

describe('<pledge-wall> error', () => {
  it('says what went wrong, fires pk-error and loads again on retry', async () => {
    const store = new ControlledStore();
    const client = createClient({ store, now: steppingClock() });
    await seed(client);
    store.mode = 'fail';
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const errors = collect<PkErrorDetail>(wrapper, 'pk-error');
    const provider = document.createElement('partnerkit-provider');
    provider.client = client;
    const wall = document.createElement('pledge-wall');
    provider.append(wall);
    wrapper.append(provider);
    await waitUntil(() => wall.state === 'error', 'the wall did not fail');
    await wall.updateComplete;
    expect(wall.getAttribute('state')).to.equal('error');
    expect(statusText(wall)).to.equal('We cannot read this device’s storage.');
    expect(errors).to.deep.equal([{ action: 'load', code: 'storage-unavailable', message: 'We cannot read this device’s storage.' }]);
    await expect(wall).to.be.accessible();
    const tree = await ariaSnapshot('pledge-wall');
    expect(tree).to.contain('status: We cannot read this device’s storage.');
    expect(tree).to.contain('button "Try again"');

    store.mode = 'normal';
    part<HTMLButtonElement>(wall, '.actions button').click();
    await waitUntil(() => wall.state === 'list', 'retry did not load');
    await wall.updateComplete;
    expect(texts(wall)).to.have.length(3);
    expect(statusText(wall)).to.equal('');
  });
});

describe('<pledge-wall> safety, language and layout', () => {
  for (const hostile of HOSTILE) {
    it(`shows a pledge and name of ${hostile} as text and adds no element`, async () => {
      const client = memoryClient();
      await client.pledges.make({ wallId: 'pledges', text: hostile, name: hostile, nameConsent: true });
      const wall = await wallWith(client);
      expect(texts(wall)).to.deep.equal([hostile]);
      expect(items(wall)[0]!.querySelector('.meta')!.textContent).to.contain(hostile);
      expect(shadow(wall).querySelector('img, script')).to.equal(null);
      expect(document.querySelector('#host img, #host script')).to.equal(null);
    });
  }

  it('speaks French when its language is French', async () => {
    const client = memoryClient();
    await seed(client);
    const wall = await wallWith(client, { lang: 'fr' });
    expect(textOf(wall)).to.contain('Nos engagements');
    expect(textOf(wall)).to.contain('3 engagements, du plus récent au plus ancien.');
    expect(textOf(wall)).to.contain('Une personne de l’équipe');
    expect(joinButtons(wall)[0]!.textContent!.trim()).to.equal('Je le ferai aussi');
    const empty = await wallWith(memoryClient(), { lang: 'fr' });
    expect(textOf(empty)).to.contain('Aucun engagement pour le moment.');
    await expect(wall).to.be.accessible();
  });

  it('fits 320 px wide without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = memoryClient();
    await seed(client);
    await client.pledges.make({ wallId: 'pledges', text: 'W'.repeat(280), name: 'N'.repeat(80), nameConsent: true });
    await wallWith(client);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps its text layout under a page style with line-height 3 and wide letter spacing', async () => {
    const client = memoryClient();
    await seed(client);
    const wall = await wallWith(client);
    const selector = 'h2, p, li, button';
    const before = layout(wall, selector);
    const size = [wall.offsetWidth, wall.offsetHeight];
    const style = document.createElement('style');
    style.textContent = '* { line-height: 3; letter-spacing: 0.3em }';
    document.head.append(style);
    try {
      expect([wall.offsetWidth, wall.offsetHeight]).to.deep.equal(size);
      expect(layout(wall, selector)).to.deep.equal(before);
    } finally {
      style.remove();
    }
  });
});
