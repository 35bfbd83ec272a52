import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryStore, StorageError, t, type PartnerKitClient } from '@partnerkit/core';
import { createBrowserClient } from '@partnerkit/core/browser';
import { resetDefaultConnections } from '@partnerkit/ui';
import type { PkErrorDetail } from '@partnerkit/ui';
import type { PledgeCard } from '../src/pledge-card.js';
import type { PkPledgeDetail } from '../src/events.js';
import '../src/define.js';
import { ariaSnapshot, collect, deepActiveElement, fill, HOSTILE, layout, memoryClient, part, shadow, textOf, typeInto } from './helpers.js';

/** A card inside a provider with its own client. */
async function cardWith(client: PartnerKitClient | null, attributes: { wall?: string; lang?: string } = {}): Promise<PledgeCard> {
  const wrapper = await fixture<HTMLElement>(
    client === null
      ? html`<div id="host"><partnerkit-provider storage="none"><pledge-card lang=${attributes.lang ?? 'en'} wall=${attributes.wall ?? 'pledges'}></pledge-card></partnerkit-provider></div>`
      : html`<div id="host"><partnerkit-provider .client=${client}><pledge-card lang=${attributes.lang ?? 'en'} wall=${attributes.wall ?? 'pledges'}></pledge-card></partnerkit-provider></div>`,
  );
  const card = wrapper.querySelector('pledge-card')!;
  await card.updateComplete;
  return card;
}

const textarea = (card: PledgeCard) => part<HTMLTextAreaElement>(card, 'textarea');
const submitButton = (card: PledgeCard) => part<HTMLButtonElement>(card, 'button[type=submit]');
const statusText = (card: PledgeCard) => part(card, '[role=status]').textContent ?? '';

async function submit(card: PledgeCard): Promise<void> {
  submitButton(card).click();
  await waitUntil(() => !card['busy'] && card.state !== 'open', 'the card did not finish submitting');
  await card.updateComplete;
}

/** A store whose pledges can never be saved, as when the browser's storage is full. */
class FullStore extends MemoryStore {
  override async createPledge(): Promise<never> {
    throw new StorageError('storage-full', '', t('This device has no room left to save.', 'Cet appareil n’a plus de place pour enregistrer.'));
  }
}

afterEach(async () => {
  resetDefaultConnections();
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
});

describe('<pledge-card> open', () => {
  it('renders the prompt, a live counter of 280, consent unticked, no name field and a 30-day follow-up', async () => {
    const card = await cardWith(memoryClient());
    expect(card.state).to.equal('open');
    expect(card.getAttribute('state')).to.equal('open');
    expect(part(card, 'label[for=text]').textContent).to.equal('I will work in partnership with patients and people by …');
    expect(part(card, '#counter').textContent).to.equal('280 characters left');
    expect(part<HTMLInputElement>(card, '#consent').checked).to.equal(false);
    expect(shadow(card).querySelector('#name')).to.equal(null);
    const radios = [...shadow(card).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['30', '60', '90']);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['30']);
    expect(shadow(card).querySelector('[role=status]')).to.not.equal(null);
    await expect(card).to.be.accessible();
    const tree = await ariaSnapshot('pledge-card');
    expect(tree).to.contain('heading "Make a pledge" [level=2]');
    expect(tree).to.contain('textbox "I will work in partnership with patients and people by …"');
    expect(tree).to.contain('checkbox "Show my name with my pledge"');
    expect(tree).to.contain('group "When will you look back on your pledge?"');
    expect(tree).to.contain('radio "In 30 days" [checked]');
    expect(tree).to.contain('button "Make my pledge"');
  });

  it('counts characters live with core’s limit, and says how many are too many', async () => {
    const card = await cardWith(memoryClient());
    await typeInto(textarea(card), 'Hello');
    await card.updateComplete;
    expect(part(card, '#counter').textContent).to.equal('275 characters left');
    fill(textarea(card), 'x'.repeat(279));
    await card.updateComplete;
    expect(part(card, '#counter').textContent).to.equal('1 character left');
    fill(textarea(card), 'x'.repeat(300));
    await card.updateComplete;
    expect(part(card, '#counter').textContent).to.equal('20 characters too many');
    expect(part(card, '#counter').classList.contains('over')).to.equal(true);
    expect(textarea(card).getAttribute('aria-describedby')).to.contain('counter');
  });

  it('takes its heading level from heading-level', async () => {
    const client = memoryClient();
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider .client=${client}><pledge-card heading-level="3"></pledge-card></partnerkit-provider>`,
    );
    const card = wrapper.querySelector('pledge-card')!;
    await card.updateComplete;
    expect(shadow(card).querySelector('h3')?.textContent).to.equal('Make a pledge');
    expect(card.wall).to.equal('pledges');
  });
});

describe('<pledge-card> invalid', () => {
  it('shows a plain error tied to the empty pledge, focuses it, fires pk-error and stores nothing', async () => {
    const client = memoryClient();
    const card = await cardWith(client);
    const errors = collect<PkErrorDetail>(card, 'pk-error');
    await submit(card);
    expect(card.state).to.equal('invalid');
    const error = part(card, '#text-error');
    expect(error.textContent).to.equal('Please write what you will do.');
    expect(textarea(card).getAttribute('aria-invalid')).to.equal('true');
    expect(textarea(card).getAttribute('aria-describedby')!.split(' ')).to.include('text-error');
    expect(deepActiveElement()).to.equal(textarea(card));
    expect(errors).to.deep.equal([{ action: 'pledge', code: 'required', message: 'Please write what you will do.' }]);
    expect(await client.pledges.wall('pledges')).to.deep.equal([]);
    await expect(card).to.be.accessible();
    const tree = await ariaSnapshot('pledge-card');
    expect(tree).to.contain('textbox "I will work in partnership with patients and people by …"');
    expect(tree).to.contain('Please write what you will do.');
  });

  it('refuses a pledge over 280 characters, and the error goes once the text changes', async () => {
    const card = await cardWith(memoryClient());
    fill(textarea(card), 'y'.repeat(281));
    await card.updateComplete;
    await submit(card);
    expect(part(card, '#text-error').textContent).to.equal('Your pledge is too long. Please keep it to 280 characters.');
    fill(textarea(card), 'y'.repeat(280));
    await card.updateComplete;
    expect(card.state).to.equal('open');
    expect(shadow(card).querySelector('#text-error')).to.equal(null);
    expect(textarea(card).getAttribute('aria-invalid')).to.equal('false');
  });

  it('ties a too-long name error to the name field', async () => {
    const card = await cardWith(memoryClient());
    fill(textarea(card), 'Ask patients first');
    part<HTMLInputElement>(card, '#consent').click();
    await card.updateComplete;
    const name = part<HTMLInputElement>(card, '#name');
    fill(name, 'N'.repeat(81));
    await card.updateComplete;
    await submit(card);
    expect(card.state).to.equal('invalid');
    expect(part(card, '#name-error').textContent).to.equal('Your name is too long. Please keep it to 80 characters.');
    expect(name.getAttribute('aria-describedby')).to.equal('name-error');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    await expect(card).to.be.accessible();
  });
});

describe('<pledge-card> made', () => {
  it('is operated by keyboard alone, stores the pledge with the name and fires pk-pledge as stored', async () => {
    const client = memoryClient();
    const card = await cardWith(client, { wall: 'ward-7' });
    const pledges = collect<PkPledgeDetail>(card, 'pk-pledge');
    textarea(card).focus();
    await sendKeys({ type: 'Inviting a patient partner to our huddles' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part(card, '#consent'));
    await sendKeys({ press: 'Space' });
    await card.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part(card, '#name'));
    await sendKeys({ type: 'Amina' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(submitButton(card));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => card.state === 'made', 'the pledge was not made');
    await card.updateComplete;

    const [stored] = await client.pledges.wall('ward-7');
    expect(stored).to.include({ text: 'Inviting a patient partner to our huddles', name: 'Amina', nameConsent: true, followUpDays: 60 });
    expect(pledges).to.have.length(1);
    expect(pledges[0]!.pledge).to.deep.equal(stored);
    expect(pledges[0]!.ownerToken).to.be.a('string');
    expect(deepActiveElement()).to.equal(part(card, '#card-title'));
  });

  it('keeps no name without consent, even one typed before unticking', async () => {
    const client = memoryClient();
    const card = await cardWith(client);
    const pledges = collect<PkPledgeDetail>(card, 'pk-pledge');
    fill(textarea(card), 'Sharing our data with the patient council');
    part<HTMLInputElement>(card, '#consent').click();
    await card.updateComplete;
    fill(part<HTMLInputElement>(card, '#name'), 'Jordan');
    part<HTMLInputElement>(card, '#consent').click();
    await card.updateComplete;
    await submit(card);
    const [stored] = await client.pledges.wall('pledges');
    expect(stored!.nameConsent).to.equal(false);
    expect(stored).to.not.have.property('name');
    expect(pledges[0]!.pledge).to.not.have.property('name');
    expect(textOf(card)).to.not.contain('Jordan');
  });

  it('shows a finished, printable card, keeps the owner token for its maker, and starts again', async () => {
    const client = memoryClient();
    const card = await cardWith(client);
    const pledges = collect<PkPledgeDetail>(card, 'pk-pledge');
    fill(textarea(card), 'Co-designing the discharge leaflet');
    part<HTMLInputElement>(card, '#consent').click();
    await card.updateComplete;
    fill(part<HTMLInputElement>(card, '#name'), 'Sam');
    part<HTMLInputElement>(card, 'input[value="90"]').click();
    await submit(card);

    expect(card.state).to.equal('made');
    expect(card.getAttribute('state')).to.equal('made');
    expect(part(card, '[part=card] .pledge-text').textContent).to.equal('Co-designing the discharge leaflet');
    expect(textOf(card)).to.contain('By Sam');
    expect(textOf(card)).to.contain('I will look back on it on June 8, 2025.');
    expect(statusText(card)).to.equal('Thank you. Your pledge is saved.');
    expect(part(card, '[part=actions]').classList.contains('no-print')).to.equal(true);
    // The owner token stays with the card and the event, and really lets its maker change the pledge.
    expect(card.ownerToken).to.equal(pledges[0]!.ownerToken);
    expect(textOf(card)).to.not.contain(card.ownerToken!);
    const updated = await client.pledges.update(card.pledge!.id, card.ownerToken, { status: 'in-progress' });
    expect(updated.status).to.equal('in-progress');
    await expect(card).to.be.accessible();
    const tree = await ariaSnapshot('pledge-card');
    expect(tree).to.contain('heading "My pledge" [level=2]');
    expect(tree).to.contain('Co-designing the discharge leaflet');
    expect(tree).to.contain('button "Print my pledge"');
    expect(tree).to.contain('button "Make another pledge"');
    expect(tree).to.contain('status: Thank you. Your pledge is saved.');

    part<HTMLButtonElement>(card, 'button.secondary').click();
    await card.updateComplete;
    expect(card.state).to.equal('open');
    expect(card.ownerToken).to.equal(undefined);
    expect(textarea(card).value).to.equal('');
    expect(deepActiveElement()).to.equal(textarea(card));
  });

  it('with storage="none" fires pk-pledge anyway, without a token', async () => {
    const card = await cardWith(null, { wall: 'team-a' });
    const pledges = collect<PkPledgeDetail>(card, 'pk-pledge');
    fill(textarea(card), 'Asking what matters to you');
    await submit(card);
    expect(card.state).to.equal('made');
    expect(pledges).to.have.length(1);
    expect(pledges[0]!.pledge).to.include({ wallId: 'team-a', text: 'Asking what matters to you', status: 'made', joinCount: 0 });
    expect(pledges[0]).to.not.have.property('ownerToken');
    expect(statusText(card)).to.equal('Thank you. Your pledge is made.');
  });

  it('keeps the pledge through a reload (a fresh browser store on the same key)', async () => {
    const key = 'pledge-card-test-reload';
    const card = await cardWith(createBrowserClient({ key }));
    fill(textarea(card), 'Paying partners for their time');
    await submit(card);
    const again = createBrowserClient({ key });
    const [stored] = await again.pledges.wall('pledges');
    expect(stored?.text).to.equal('Paying partners for their time');
    expect(stored?.id).to.equal(card.pledge?.id);
  });
});

describe('<pledge-card> error', () => {
  it('shows a failed save in the status region, fires pk-error and offers to try again', async () => {
    const card = await cardWith(memoryClient(new FullStore()));
    const errors = collect<PkErrorDetail>(card, 'pk-error');
    const pledges = collect<PkPledgeDetail>(card, 'pk-pledge');
    fill(textarea(card), 'Listening more');
    await submit(card);
    expect(card.state).to.equal('error');
    expect(card.getAttribute('state')).to.equal('error');
    expect(statusText(card)).to.equal('This device has no room left to save.');
    expect(errors).to.deep.equal([{ action: 'pledge', code: 'storage-full', message: 'This device has no room left to save.' }]);
    expect(pledges).to.deep.equal([]);
    expect(submitButton(card).textContent!.trim()).to.equal('Try again');
    expect(textarea(card).value).to.equal('Listening more');
    await expect(card).to.be.accessible();
    const tree = await ariaSnapshot('pledge-card');
    expect(tree).to.contain('status: This device has no room left to save.');
    expect(tree).to.contain('button "Try again"');
  });
});

describe('<pledge-card> safety, language and layout', () => {
  for (const hostile of HOSTILE) {
    it(`shows ${hostile} as text and adds no element`, async () => {
      const client = memoryClient();
      const card = await cardWith(client);
      await typeInto(textarea(card), hostile);
      part<HTMLInputElement>(card, '#consent').click();
      await card.updateComplete;
      await typeInto(part(card, '#name'), hostile);
      await submit(card);
      expect(card.state).to.equal('made');
      expect(part(card, '.pledge-text').textContent).to.equal(hostile);
      expect(textOf(card)).to.contain(`By ${hostile}`);
      expect(shadow(card).querySelector('img, script')).to.equal(null);
      expect(document.querySelector('#host img, #host script')).to.equal(null);
      const [stored] = await client.pledges.wall('pledges');
      expect(stored!.text).to.equal(hostile);
    });
  }

  it('speaks French when its language is French', async () => {
    const card = await cardWith(memoryClient(), { lang: 'fr' });
    expect(part(card, 'label[for=text]').textContent).to.equal('Je travaillerai en partenariat avec les patients et les personnes en …');
    expect(part(card, '#counter').textContent).to.equal('280 caractères restants');
    expect(submitButton(card).textContent!.trim()).to.equal('Prendre mon engagement');
    await submit(card);
    expect(part(card, '#text-error').textContent).to.equal('Veuillez écrire ce que vous ferez.');
    fill(textarea(card), 'Écouter davantage');
    await submit(card);
    expect(textOf(card)).to.contain('Mon engagement');
    expect(textOf(card)).to.contain('Je ferai le point le');
    await expect(card).to.be.accessible();
  });

  it('fits 320 px wide without horizontal scrolling, in both states', async () => {
    await setViewport({ width: 320, height: 640 });
    const card = await cardWith(memoryClient());
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    fill(textarea(card), 'W'.repeat(280));
    await submit(card);
    expect(card.state).to.equal('made');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keeps its text layout under a page style with line-height 3 and wide letter spacing', async () => {
    const card = await cardWith(memoryClient());
    fill(textarea(card), 'Keeping the text layout');
    await card.updateComplete;
    const selector = 'h2, p, label, textarea, button, legend';
    const before = layout(card, selector);
    const size = [card.offsetWidth, card.offsetHeight];
    const style = document.createElement('style');
    style.textContent = '* { line-height: 3; letter-spacing: 0.3em }';
    document.head.append(style);
    try {
      expect([card.offsetWidth, card.offsetHeight]).to.deep.equal(size);
      expect(layout(card, selector)).to.deep.equal(before);
    } finally {
      style.remove();
    }
  });
});
