import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, defineLadder, MemoryStore, PartnerKitError, t, type PartnerKitClient, type Store } from '@partnerkit/core';
import { createBrowserClient } from '@partnerkit/core/browser';
import { resetDefaultConnections } from '@partnerkit/ui';
import type { LadderPoll, PkResultsDetail, PkVoteDetail } from '../src/index.js';
import {
  ariaTree,
  buttonByText,
  memoryClient,
  mount,
  rungRadios,
  seedVotes,
  settled,
  shadow,
  statusText,
  submitButton,
  vote,
} from './helpers.js';

afterEach(async () => {
  resetDefaultConnections();
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
});

/** A poll already in the store with votes, so results can show. */
async function pollWithVotes(client: PartnerKitClient, id: string, votes: Record<string, number>, settings: Record<string, unknown> = {}) {
  await client.polls.create({ id, resultsVisibility: 'always', ...settings });
  await seedVotes(client, id, votes);
}

describe('<ladder-poll> states', () => {
  it('unconfigured: without a poll id it says so plainly and warns in the console', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount(memoryClient(), html`<ladder-poll></ladder-poll>`);
      expect(el.state).to.equal('unconfigured');
      expect(el.getAttribute('state')).to.equal('unconfigured');
      expect(shadow(el).textContent).to.contain('it has no name');
      expect(warnings.map((w) => String(w[0])).join()).to.contain('needs a poll attribute');
      await expect(el).to.be.accessible();
      expect(await ariaTree(el)).to.match(/paragraph: "?This poll cannot be shown/);
    } finally {
      console.warn = original;
    }
  });

  it('open: a radio group named by the question, one radio per rung, and a send button', async () => {
    const el = await mount(memoryClient(), html`<ladder-poll poll="open-poll"></ladder-poll>`);
    expect(el.state).to.equal('open');
    expect(rungRadios(el)).to.have.length(6);
    await expect(el).to.be.accessible();
    const tree = await ariaTree(el);
    expect(tree).to.contain('heading "Where on the ladder of participation are you now?" [level=2]');
    expect(tree).to.contain('group "Where on the ladder of participation are you now?"');
    expect(tree).to.contain('radio "Passive consumers"');
    expect(tree).to.contain('radio "Lead decisions"');
    expect(tree).to.contain('button "Send my answer"');
    expect(tree).to.contain('paragraph: You will see the results after you answer.');
  });

  it('creates a missing poll from its attributes on a kiosk', async () => {
    const client = memoryClient();
    const el = await mount(
      client,
      html`<ladder-poll poll="made" ladder="arnstein" question="How much say?" results="hidden" min-group-size="7" segment></ladder-poll>`,
    );
    const poll = await client.polls.get('made');
    expect(poll).to.include({ ladderId: 'arnstein', question: 'How much say?', resultsVisibility: 'hidden', minGroupSize: 7, askSegment: true });
    expect(rungRadios(el)).to.have.length(8);
    expect(shadow(el).querySelectorAll('input[name="segment"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('empty: results may show but nothing is released yet', async () => {
    const client = memoryClient();
    await client.polls.create({ id: 'e', resultsVisibility: 'always' });
    const el = await mount(client, html`<ladder-poll poll="e"></ladder-poll>`);
    expect(el.state).to.equal('empty');
    expect(shadow(el).textContent).to.contain('No results yet');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('region "Results"');
  });

  it('results: meters with text values, a matching table, the median, and pk-results', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 'r', { 'passive-consumers': 1, 'share-decisions': 2, 'control-decisions': 3 });
    const wrapper = await fixture<HTMLElement>(html`<partnerkit-provider .client=${client}></partnerkit-provider>`);
    const el = document.createElement('ladder-poll') as LadderPoll;
    el.poll = 'r';
    const results = oneEvent(el, 'pk-results');
    wrapper.append(el);
    const event = (await results) as CustomEvent<PkResultsDetail>;
    await settled(el);
    expect(el.state).to.equal('results');
    expect(event.detail.poll).to.equal('r');
    expect(event.detail.results.result.total).to.equal(6);
    const meters = [...shadow(el).querySelectorAll('meter')];
    expect(meters.map((meter) => meter.value)).to.deep.equal([17, 0, 0, 0, 33, 50]);
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('6 answers in all.');
    expect(text).to.contain('3 answers, 50%');
    expect(text).to.contain('1 answer, 17%');
    expect(text).to.contain('Half of the answers are on “Share decisions” or lower.');
    const cells = [...shadow(el).querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[5]).to.equal('Lead decisions 3 50%');
    shadow(el).querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
    const tree = await ariaTree(el);
    expect(tree).to.match(/meter "Lead decisions"/);
    expect(tree).to.contain('table "Answers per level, lowest level first"');
    expect(tree).to.contain('rowheader "Lead decisions"');
    expect(tree).to.contain('button "Pause live updates"');
  });

  it('results for a small group: only the total, with a plain reason', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 's', { 'share-decisions': 3 });
    const el = await mount(client, html`<ladder-poll poll="s"></ladder-poll>`);
    expect(el.state).to.equal('results');
    expect(shadow(el).querySelectorAll('meter')).to.have.length(0);
    expect(shadow(el).querySelector('table')).to.equal(null);
    const text = shadow(el).textContent!;
    expect(text).to.contain('3 answers in all.');
    expect(text).to.contain('at least 5 people');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('paragraph: 3 answers in all.');
  });

  it('results by group when the poll asks who people are', async () => {
    const client = memoryClient();
    await client.polls.create({ id: 'seg', resultsVisibility: 'always', askSegment: true, minGroupSize: 3 });
    for (let i = 0; i < 3; i++) await client.withParticipant().polls.vote('seg', { rung: 'share-decisions', segment: 'staff' });
    for (let i = 0; i < 3; i++) await client.withParticipant().polls.vote('seg', { rung: 'control-decisions', segment: 'patient' });
    const el = await mount(client, html`<ladder-poll poll="seg"></ladder-poll>`);
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('By group');
    expect(text).to.contain('Answers from: Staff member');
    expect(text).to.contain('Answers from: Patient or family partner');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('table "Answers from: Staff member"');
  });

  it('results by group: when one group is small, the groups show totals only', async () => {
    const client = memoryClient();
    await client.polls.create({ id: 'seg2', resultsVisibility: 'always', askSegment: true, minGroupSize: 3 });
    for (let i = 0; i < 4; i++) await client.withParticipant().polls.vote('seg2', { rung: 'share-decisions', segment: 'staff' });
    for (let i = 0; i < 2; i++) await client.withParticipant().polls.vote('seg2', { rung: 'control-decisions', segment: 'patient' });
    const el = await mount(client, html`<ladder-poll poll="seg2"></ladder-poll>`);
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Patient or family partner 2 answers in all. The split by level shows once at least 3 people');
    expect(text).to.not.contain('Answers from:');
    await expect(el).to.be.accessible();
  });

  it('voted: results hidden until revealed; the answer is still taken', async () => {
    const client = memoryClient();
    const el = await mount(client, html`<ladder-poll poll="h" results="hidden"></ladder-poll>`);
    await vote(el, 2);
    expect(el.state).to.equal('voted');
    expect(shadow(el).textContent).to.contain('stay hidden until the person running the session shows them');
    await expect(el).to.be.accessible();
    const tree = await ariaTree(el);
    expect(tree).to.contain('status: Thank you, your answer is saved. The next person can answer now.');
  });

  it('closed: no form, the final results, and a plain message', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 'c', { 'suggest-and-influence': 5 });
    await client.polls.close('c');
    const el = await mount(client, html`<ladder-poll poll="c"></ladder-poll>`);
    expect(el.state).to.equal('closed');
    expect(shadow(el).querySelector('form')).to.equal(null);
    expect(shadow(el).textContent).to.contain('This poll is closed.');
    expect(shadow(el).textContent).to.contain('Final results');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('heading "Final results" [level=3]');
  });

  it('error: says what failed, fires pk-error, and tries again', async () => {
    const store = new MemoryStore();
    let failing = true;
    const flaky: Store = Object.assign(Object.create(store) as Store, {
      getPoll: (id: string) => (failing ? Promise.reject(new PartnerKitError('storage-unavailable', 'store', t('The data cannot be read.', 'Les données ne peuvent pas être lues.'))) : store.getPoll(id)),
    });
    const client = createClient({ store: flaky });
    const wrapper = await fixture<HTMLElement>(html`<partnerkit-provider .client=${client}></partnerkit-provider>`);
    const el = document.createElement('ladder-poll') as LadderPoll;
    el.poll = 'x';
    const failed = oneEvent(wrapper, 'pk-error');
    wrapper.append(el);
    const event = await failed;
    expect(event.detail).to.deep.equal({ action: 'load', code: 'storage-unavailable', message: 'The data cannot be read.' });
    await settled(el);
    expect(el.state).to.equal('error');
    expect(shadow(el).textContent).to.contain('The data cannot be read.');
    await expect(el).to.be.accessible();
    expect(await ariaTree(el)).to.contain('button "Try again"');
    failing = false;
    buttonByText(el, 'Try again')!.click();
    await waitUntil(() => el.state === 'open');
  });
});

describe('<ladder-poll> voting', () => {
  it('works by keyboard: one tab stop, arrow keys, Space, then Enter on the button', async () => {
    const el = await mount(memoryClient(), html`<ladder-poll poll="k"></ladder-poll>`);
    const radios = rungRadios(el);
    radios[0]!.focus();
    await sendKeys({ press: 'Space' });
    expect(radios[0]!.checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(radios[2]!.checked).to.equal(true);
    expect(shadow(el).activeElement).to.equal(radios[2]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(submitButton(el));
    const voted = oneEvent(el, 'pk-vote');
    await sendKeys({ press: 'Enter' });
    const event = (await voted) as CustomEvent<PkVoteDetail>;
    expect(event.detail).to.deep.equal({ poll: 'k', ladder: 'participation', rung: 'asked-limited-influence' });
    await waitUntil(() => statusText(el) !== '');
    expect(shadow(el).activeElement).to.equal(submitButton(el));
  });

  it('kiosk: each answer is a new vote, the form clears, and the status does not move focus', async () => {
    const client = memoryClient();
    const el = await mount(client, html`<ladder-poll poll="kiosk"></ladder-poll>`);
    for (const index of [4, 4, 5]) {
      submitButton(el).focus();
      await vote(el, index);
      expect(rungRadios(el).some((radio) => radio.checked)).to.equal(false);
      expect(shadow(el).activeElement).to.equal(submitButton(el));
    }
    expect(statusText(el)).to.equal('Thank you, your answer is saved. The next person can answer now.');
    const results = await client.polls.results('kiosk');
    expect(results.result.total).to.equal(3);
    expect(el.state).to.equal('results');
    expect(shadow(el).textContent).to.contain('3 answers in all.');
  });

  it('asks for a choice first, tying the message to the group', async () => {
    const el = await mount(memoryClient(), html`<ladder-poll poll="none-chosen"></ladder-poll>`);
    let voted = false;
    el.addEventListener('pk-vote', () => (voted = true));
    submitButton(el).click();
    await el.updateComplete;
    const fieldset = shadow(el).querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain('choice-error');
    expect(shadow(el).querySelector('#choice-error')!.textContent).to.equal('Please choose a level first.');
    expect(rungRadios(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(rungRadios(el)[0]);
    expect(voted).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('with a server: one vote per person, shown again and changeable', async () => {
    const client = memoryClient();
    await client.polls.create({ id: 'own' });
    const el = await mount(client, html`<ladder-poll poll="own"></ladder-poll>`, { kiosk: false });
    await vote(el, 1);
    expect(statusText(el)).to.contain('You can change it until the poll closes.');
    expect((await client.polls.myVote('own'))?.rungId).to.equal('told-no-influence');
    expect(shadow(el).textContent).to.contain('You chose “Told, with no influence”. What would lift you to the next level, “Asked, with little influence”?');
    const again = await mount(client, html`<ladder-poll poll="own"></ladder-poll>`, { kiosk: false });
    expect(rungRadios(again)[1]!.checked).to.equal(true);
    expect(submitButton(again).textContent!.trim()).to.equal('Change my answer');
    await vote(again, 3);
    expect((await client.polls.myVote('own'))?.rungId).to.equal('suggest-and-influence');
  });

  it('with a server, a poll that does not exist is not created: it is "not open yet" until someone sets it up', async () => {
    const client = memoryClient();
    const errors: unknown[] = [];
    const el = await mount(client, html`<ladder-poll poll="missing"></ladder-poll>`, { kiosk: false });
    el.addEventListener('pk-error', (event) => errors.push(event.detail));
    expect(el.state).to.equal('upcoming');
    expect(await client.polls.get('missing')).to.equal(undefined);
    expect(shadow(el).textContent).to.contain('This poll is not open yet.');
    expect(shadow(el).querySelector('.error')).to.equal(null);
    await expect(el).to.be.accessible();
    await client.polls.create({ id: 'missing' });
    await waitUntil(() => el.state === 'open', 'the poll never showed once set up');
    expect(rungRadios(el)).to.have.length(6);
    expect(errors).to.deep.equal([]);
  });

  it('with storage="none": fires pk-vote and keeps nothing', async () => {
    const el = await mount(null, html`<ladder-poll poll="events-only" ladder="iap2"></ladder-poll>`);
    expect(el.state).to.equal('open');
    const voted = oneEvent(el, 'pk-vote');
    rungRadios(el)[0]!.click();
    submitButton(el).click();
    const event = (await voted) as CustomEvent<PkVoteDetail>;
    expect(event.detail).to.deep.equal({ poll: 'events-only', ladder: 'iap2', rung: rungRadios(el)[0]!.value });
    await el.updateComplete;
    expect(el.state).to.equal('voted');
    expect(statusText(el)).to.equal('Thank you, your answer was sent.');
  });

  it('hears a poll closed elsewhere and stops taking answers', async () => {
    const client = memoryClient();
    const el = await mount(client, html`<ladder-poll poll="closing"></ladder-poll>`);
    await client.polls.close('closing');
    await waitUntil(() => el.state === 'closed');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('a refused answer is shown in the status and fires pk-error', async () => {
    const store = new MemoryStore();
    const client = createClient({ store: Object.assign(Object.create(store) as Store, { subscribe: () => () => {} }) });
    const el = await mount(client, html`<ladder-poll poll="refused"></ladder-poll>`);
    await client.polls.close('refused'); // the element does not hear it: its store tells nobody
    const failed = oneEvent(el, 'pk-error');
    rungRadios(el)[0]!.click();
    submitButton(el).click();
    expect((await failed).detail).to.include({ action: 'vote', code: 'closed' });
    await waitUntil(() => el.state === 'closed');
    expect(statusText(el)).to.equal('That did not work: This poll is closed. It no longer takes votes.');
  });

  it('survives a reload: a new element on a fresh browser store sees the answers', async () => {
    const key = 'ladder-poll-reload-test';
    const first = await mount(createBrowserClient({ key }), html`<ladder-poll poll="kept" results="always"></ladder-poll>`);
    for (const index of [0, 1, 2]) await vote(first, index);
    first.remove();
    const second = await mount(createBrowserClient({ key }), html`<ladder-poll poll="kept" results="always"></ladder-poll>`);
    expect(second.state).to.equal('results');
    expect(shadow(second).textContent).to.contain('3 answers in all.');
  });

  it('uses a custom ladder given as a property', async () => {
    const ladder = defineLadder({
      id: 'our-ladder',
      name: t('Our ladder', 'Notre échelle'),
      question: t('How involved are patients here?', 'Quelle place ont les patients ici ?'),
      rungs: [
        { id: 'low', label: t('Not at all', 'Pas du tout'), description: t('No say.', 'Aucune voix.') },
        { id: 'high', label: t('Fully', 'Pleinement'), description: t('Full say.', 'Pleine voix.') },
      ],
    });
    const client = createClient({ store: new MemoryStore({ ladders: [ladder] }), ladders: [ladder] });
    const el = await mount(client, html`<ladder-poll poll="custom" .ladder=${ladder}></ladder-poll>`);
    expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('How involved are patients here?');
    const voted = oneEvent(el, 'pk-vote');
    rungRadios(el)[1]!.click();
    submitButton(el).click();
    expect(((await voted) as CustomEvent<PkVoteDetail>).detail).to.deep.equal({ poll: 'custom', ladder: 'our-ladder', rung: 'high' });
  });
});

describe('<ladder-poll> live results', () => {
  it('pauses and resumes live updates', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 'live', { 'share-decisions': 6 });
    const el = await mount(client, html`<ladder-poll poll="live"></ladder-poll>`);
    expect(shadow(el).textContent).to.contain('6 answers in all.');
    buttonByText(el, 'Pause live updates')!.click();
    await el.updateComplete;
    await seedVotes(client, 'live', { 'control-decisions': 3 });
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('6 answers in all.');
    expect(shadow(el).textContent).to.contain('Newer results are waiting.');
    await expect(el).to.be.accessible();
    buttonByText(el, 'Resume live updates')!.click();
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('9 answers in all.');
  });

  it('shows new results from the store without a reload while not paused', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 'live2', { 'share-decisions': 6 });
    const el = await mount(client, html`<ladder-poll poll="live2"></ladder-poll>`);
    const heard = oneEvent(el, 'pk-results');
    await seedVotes(client, 'live2', { 'control-decisions': 3 });
    expect(((await heard) as CustomEvent<PkResultsDetail>).detail.results.result.total).to.equal(9);
  });
});

describe('<ladder-poll> facilitator', () => {
  it('shows the controls when the facilitator attribute is added after loading', async () => {
    const client = memoryClient();
    const el = await mount(client, html`<ladder-poll poll="fac-later" results="hidden"></ladder-poll>`);
    expect(shadow(el).querySelector('[part="facilitator"]')).to.equal(null);
    el.facilitator = true;
    await waitUntil(() => buttonByText(el, 'Show the results to everyone') !== undefined, 'the controls never arrived');
    expect(await ariaTree(el)).to.contain('heading "For the person running the session"');
    await expect(el).to.be.accessible();
  });

  it('reveals hidden results, closes and reopens with confirmation, and removes every answer', async () => {
    const client = memoryClient();
    const el = await mount(client, html`<ladder-poll poll="fac" results="hidden" min-group-size="3" facilitator></ladder-poll>`);
    await expect(el).to.be.accessible();
    for (const index of [3, 3, 4]) await vote(el, index);
    expect(el.state).to.equal('voted');

    buttonByText(el, 'Show the results to everyone')!.click();
    await waitUntil(() => el.state === 'results');
    expect((await client.polls.get('fac'))?.revealed).to.equal(true);
    expect(statusText(el)).to.equal('The results are now shown to everyone.');

    buttonByText(el, 'Close the poll')!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('confirm-cancel');
    expect(await ariaTree(el)).to.contain('group "Close the poll? Nobody will be able to answer until you open it again."');
    await expect(el).to.be.accessible();
    buttonByText(el, 'Cancel')!.click();
    await el.updateComplete;
    expect((await client.polls.get('fac'))?.status).to.equal('open');
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Close the poll');

    buttonByText(el, 'Close the poll')!.click();
    await el.updateComplete;
    buttonByText(el, 'Yes, close it')!.click();
    await waitUntil(() => el.state === 'closed');
    expect((await client.polls.get('fac'))?.status).to.equal('closed');

    buttonByText(el, 'Open the poll again')!.click();
    await waitUntil(() => el.state !== 'closed');
    expect((await client.polls.get('fac'))?.status).to.equal('open');

    buttonByText(el, 'Remove every answer')!.click();
    await el.updateComplete;
    buttonByText(el, 'Yes, remove every answer')!.click();
    await waitUntil(() => el.state === 'open');
    expect((await client.polls.results('fac')).result.total).to.equal(0);
    expect(statusText(el)).to.equal('Every answer was removed. The poll is open again.');
  });
});

describe('<ladder-poll> text, language and layout', () => {
  it('shows typed markup as text and adds no element', async () => {
    const client = memoryClient();
    const typed = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const el = await mount(client, html`<ladder-poll poll="xss" question=${typed}></ladder-poll>`);
    expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal(typed);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect((await client.polls.get('xss'))?.question).to.equal(typed);
  });

  it('renders French from its own lang, beside an English one', async () => {
    const client = memoryClient();
    const wrapper = await fixture<HTMLElement>(html`<partnerkit-provider .client=${client}>
      <ladder-poll id="fr" lang="fr" poll="bilingual"></ladder-poll><ladder-poll id="en" poll="bilingual"></ladder-poll>
    </partnerkit-provider>`);
    const fr = await settled(wrapper.querySelector<LadderPoll>('#fr')!);
    const en = await settled(wrapper.querySelector<LadderPoll>('#en')!);
    expect(submitButton(fr).textContent!.trim()).to.equal('Envoyer ma réponse');
    expect(submitButton(en).textContent!.trim()).to.equal('Send my answer');
    expect(shadow(fr).textContent).to.contain('Consommateurs passifs');
    await vote(fr, 0);
    expect(statusText(fr)).to.equal('Merci, votre réponse est enregistrée. La personne suivante peut répondre.');
    await expect(fr).to.be.accessible();
  });

  it('has no horizontal scroll at 320 px wide, with results showing', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = memoryClient();
    await pollWithVotes(client, 'narrow', { 'share-decisions': 3, 'control-decisions': 3 }, { askSegment: false });
    const el = await mount(client, html`<ladder-poll poll="narrow" facilitator></ladder-poll>`);
    shadow(el).querySelector('details')!.open = true;
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const root = shadow(el).querySelector<HTMLElement>('.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('keeps its text layout under a page style with line-height 3 and letter spacing', async () => {
    const client = memoryClient();
    await pollWithVotes(client, 'styled', { 'share-decisions': 6 });
    const el = await mount(client, html`<ladder-poll poll="styled"></ladder-poll>`);
    const measure = () =>
      [el, ...shadow(el).querySelectorAll('[role="heading"], label, p, meter, button')].map((node) => {
        const box = node.getBoundingClientRect();
        return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
      });
    const before = measure();
    const style = document.createElement('style');
    style.textContent = '* { line-height: 3; letter-spacing: 0.3em }';
    document.head.append(style);
    try {
      expect(measure()).to.deep.equal(before);
    } finally {
      style.remove();
    }
  });
});
