import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  createClient,
  MemoryStore,
  PARITY_FACTORS,
  scoreParityAssessment,
  StorageError,
  t,
  type ParityAssessment,
  type PartnerKitClient,
  type RecordCollection,
  type StoredRecord,
} from '@partnerkit/core';
import { createBrowserClient } from '@partnerkit/core/browser';
import { resetDefaultConnections, type PkErrorDetail } from '@partnerkit/ui';
import { ASSESSMENTS_COLLECTION, DEFAULT_ASSESSMENT_ID, MESSAGES, type ParityChecklist, type PkChangeDetail, type PkSubmitDetail } from '../src/index.js';
import '../src/define.js';

/** A store whose reads or writes fail, or whose reads never end, for the error and loading states. */
class TroubledStore extends MemoryStore {
  failReads = false;
  failWrites = false;
  hangReads = false;
  override async getRecord<T>(collection: RecordCollection, id: string): Promise<StoredRecord<T> | undefined> {
    if (this.hangReads) return new Promise(() => {});
    if (this.failReads) throw new StorageError('storage-unavailable', '', t('Storage is not available.', 'Le stockage n’est pas disponible.'));
    return super.getRecord<T>(collection, id);
  }
  override async putRecord<T>(collection: RecordCollection, id: string, ownerId: string, value: T): Promise<StoredRecord<T>> {
    if (this.failWrites) throw new StorageError('storage-full', '', t('Storage is full.', 'Le stockage est plein.'));
    return super.putRecord(collection, id, ownerId, value);
  }
}

const TOTAL_ITEMS = PARITY_FACTORS.reduce((total, factor) => total + factor.items.length, 0);
const BROWSER_KEY = 'partnerkit-test:parity-checklist';

const root = (el: ParityChecklist): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: ParityChecklist, selector: string): T => root(el).querySelector<T>(selector)!;
const radio = (el: ParityChecklist, item: string, answer: string): HTMLInputElement =>
  $<HTMLInputElement>(el, `input[name="${item}"][value="${answer}"]`);
const buttonNamed = (el: ParityChecklist, name: string): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((button) => button.textContent?.trim() === name)!;
const text = (el: ParityChecklist): string => root(el).textContent?.replace(/\s+/g, ' ') ?? '';

/** Waits for the element to be in a state. */
async function until(el: ParityChecklist, state: string): Promise<void> {
  for (let i = 0; i < 100 && el.state !== state; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
  expect(el.state).to.equal(state);
}

/** A checklist in a provider with its own client; waits until it has loaded. */
async function mount(client: PartnerKitClient | null = createClient({ store: new MemoryStore() }), attrs = ''): Promise<ParityChecklist> {
  const provider = await fixture<HTMLElement>(
    client === null
      ? html`<partnerkit-provider storage="none"></partnerkit-provider>`
      : html`<partnerkit-provider .client=${client}></partnerkit-provider>`,
  );
  const el = document.createElement('parity-checklist');
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name!, value);
  }
  provider.append(el);
  await until(el, 'answering');
  return el;
}

/** Picks an answer like a person (click) and waits for the `pk-change` that follows the save. */
async function answer(el: ParityChecklist, item: string, value: string): Promise<PkChangeDetail> {
  const event = oneEvent(el, 'pk-change');
  radio(el, item, value).click();
  return ((await event) as CustomEvent<PkChangeDetail>).detail;
}

async function saved(client: PartnerKitClient, id = DEFAULT_ASSESSMENT_ID): Promise<ParityAssessment | undefined> {
  return (await client.records.get<ParityAssessment>(ASSESSMENTS_COLLECTION, id))?.value;
}

interface AxNode {
  role: string;
  name?: string;
  level?: number;
  checked?: boolean;
  children?: (AxNode | string)[];
}
/** Every node of an accessibility tree (text fragments, given as plain strings, left out). */
const flatten = (node: AxNode | string | null): AxNode[] =>
  node === null || typeof node === 'string' ? [] : [node, ...(node.children ?? []).flatMap(flatten)];
async function tree(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({ selector: 'parity-checklist' })) as unknown as AxNode);
}

afterEach(async () => {
  resetDefaultConnections();
  localStorage.clear();
  document.documentElement.lang = 'en';
  await setViewport({ width: 800, height: 600 });
});

describe('<parity-checklist> states', () => {
  it('loading: says it is loading, is accessible, reflects state', async () => {
    const store = new TroubledStore();
    store.hangReads = true;
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider .client=${createClient({ store })}><parity-checklist></parity-checklist></partnerkit-provider>`,
    );
    const el = wrapper.querySelector('parity-checklist')!;
    await until(el, 'loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(text(el)).to.contain('Loading your answers');
    await expect(el).to.be.accessible();
    const nodes = await tree();
    expect(nodes.some((node) => node.role === 'heading' && node.name === 'Parity checklist' && node.level === 2)).to.equal(true);
    expect(nodes.some((node) => node.role === 'radio')).to.equal(false);
    // Core's scoring comes with the saved answers: no score yet.
    expect(el.score).to.equal(undefined);
  });

  it('answering: shows the seven factors with every statement as a group of four answers', async () => {
    const el = await mount();
    expect(el.getAttribute('state')).to.equal('answering');
    const headings = [...root(el).querySelectorAll('section.factor [role="heading"]')].map((h) => h.textContent);
    expect(headings).to.deep.equal(PARITY_FACTORS.map((factor) => factor.label.en));
    expect(root(el).querySelectorAll('fieldset.item')).to.have.length(TOTAL_ITEMS);
    expect(root(el).querySelectorAll('input[type="radio"]')).to.have.length(TOTAL_ITEMS * 4);
    expect($(el, '#progress-text').textContent).to.equal('0 of 7 factors answered');
    await expect(el).to.be.accessible();
    const nodes = await tree();
    const factorHeadings = nodes.filter((node) => node.role === 'heading' && node.level === 3).map((node) => node.name);
    expect(factorHeadings).to.deep.equal(PARITY_FACTORS.map((factor) => factor.label.en));
    const groups = nodes.filter((node) => node.role === 'group').map((node) => node.name);
    expect(groups).to.include(PARITY_FACTORS[0]!.items[0]!.text.en);
    expect(groups).to.include('Who is on your team? (optional)');
    expect(nodes.filter((node) => node.role === 'radio' && node.name === 'Partly')).to.have.length(TOTAL_ITEMS);
    expect(nodes.some((node) => node.role === 'progressbar')).to.equal(true);
    expect(nodes.some((node) => node.role === 'button' && node.name === 'See the summary')).to.equal(true);
  });

  it('summary: scores per factor, weakest first, each with a suggestion from core; accessible', async () => {
    const client = createClient({ store: new MemoryStore() });
    const el = await mount(client);
    for (const item of PARITY_FACTORS[1]!.items) await answer(el, item.id, 'fully');
    await answer(el, 'numbers.balance', 'not-yet');
    await answer(el, 'leadership.co-leads', 'partly');
    const submitted = oneEvent(el, 'pk-submit');
    buttonNamed(el, 'See the summary').click();
    const { assessment } = ((await submitted) as CustomEvent<PkSubmitDetail>).detail;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('summary');

    const expected = scoreParityAssessment(assessment, {}, 7);
    expect(assessment.score).to.deep.equal(expected);
    expect(assessment.answers).to.deep.equal((await saved(client))!.answers);
    const order = [...root(el).querySelectorAll('.summary-item [role="heading"]')].map((h) => h.textContent);
    expect(order).to.deep.equal(expected.weakestFirst.map((id) => PARITY_FACTORS.find((f) => f.id === id)!.label.en));
    expect(order.slice(0, 2)).to.deep.equal(['Numbers', 'Leadership']);
    const items = [...root(el).querySelectorAll('.summary-item')];
    expect(items[0]!.textContent).to.contain('0 out of 100').and.contain(PARITY_FACTORS[0]!.suggestion.en);
    expect(items[1]!.textContent).to.contain('50 out of 100');
    expect(items[2]!.textContent).to.contain('100 out of 100').and.contain('Well done');
    expect(items[3]!.textContent).to.contain('Not scored');
    expect(text(el)).to.contain('Overall score: 50 out of 100');
    expect(root(el).activeElement?.id).to.equal('summary-title');

    await expect(el).to.be.accessible();
    const nodes = await tree();
    expect(nodes.some((node) => node.role === 'heading' && node.name === 'Your parity summary' && node.level === 3)).to.equal(true);
    expect(nodes.filter((node) => node.role === 'meter').map((node) => node.name)).to.deep.equal(['Numbers', 'Leadership', 'Compensation']);
    expect(nodes.some((node) => node.role === 'button' && node.name === 'Print the summary')).to.equal(true);

    buttonNamed(el, 'Change the answers').click();
    await until(el, 'answering');
    expect(radio(el, 'leadership.co-leads', 'partly').checked).to.equal(true);
  });

  it('error: shows the failure with a retry that recovers; fires pk-error', async () => {
    const store = new TroubledStore();
    store.failReads = true;
    const errors: PkErrorDetail[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div @pk-error=${(event: CustomEvent<PkErrorDetail>) => errors.push(event.detail)}>
        <partnerkit-provider .client=${createClient({ store })}><parity-checklist></parity-checklist></partnerkit-provider>
      </div>`,
    );
    const el = wrapper.querySelector('parity-checklist')!;
    await until(el, 'error');
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors).to.deep.equal([{ action: 'load', code: 'storage-unavailable', message: 'Storage is not available.' }]);
    expect($(el, '[role="alert"]').textContent).to.contain('could not be loaded').and.contain('Storage is not available.');
    await expect(el).to.be.accessible();
    const nodes = await tree();
    expect(nodes.some((node) => node.role === 'button' && node.name === 'Try again')).to.equal(true);
    store.failReads = false;
    buttonNamed(el, 'Try again').click();
    await until(el, 'answering');
  });
});

describe('<parity-checklist> answering', () => {
  it('works by keyboard: Space picks, arrows change, Tab goes to the next statement', async () => {
    const client = createClient({ store: new MemoryStore() });
    const el = await mount(client, 'hide-roster');
    const changes: PkChangeDetail[] = [];
    el.addEventListener('pk-change', (event) => changes.push(event.detail));
    radio(el, 'numbers.balance', 'not-yet').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(radio(el, 'numbers.no-lone-patient', 'not-yet'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(el, 'answering');
    for (let i = 0; i < 50 && changes.length < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes.at(-1)).to.deep.equal({ factor: 'numbers', item: 'numbers.no-lone-patient', answer: 'fully' });
    expect(radio(el, 'numbers.balance', 'partly').checked).to.equal(true);
    expect((await saved(client))!.answers).to.deep.equal({ 'numbers.balance': 'partly', 'numbers.no-lone-patient': 'fully' });
  });

  it('fires pk-change with the documented detail after the store saved the answer', async () => {
    const client = createClient({ store: new MemoryStore() });
    const el = await mount(client, 'team=ward-7');
    const detail = await answer(el, 'support.mentoring', 'partly');
    expect(detail).to.deep.equal({ factor: 'support', item: 'support.mentoring', answer: 'partly' });
    const value = await saved(client);
    expect(value).to.include({ id: DEFAULT_ASSESSMENT_ID, teamId: 'ward-7' });
    expect(value!.answers).to.deep.equal({ 'support.mentoring': 'partly' });
    expect($(el, '[role="status"]').textContent).to.equal('Answer saved. 0 of 7 factors answered.');
  });

  it('counts a factor once all its statements are answered', async () => {
    const el = await mount();
    for (const item of PARITY_FACTORS[0]!.items) await answer(el, item.id, 'not-applicable');
    await answer(el, 'support.mentoring', 'fully');
    expect($(el, '#progress-text').textContent).to.equal('1 of 7 factors answered');
    expect($<HTMLProgressElement>(el, 'progress').value).to.equal(1);
  });

  it('saves under the assessment given by the attribute and loads it again when it changes', async () => {
    const client = createClient({ store: new MemoryStore() });
    await client.records.save(ASSESSMENTS_COLLECTION, 'spring', { id: 'spring', assessedOn: '2024-04-02', answers: { 'leadership.co-leads': 'fully' } });
    const el = await mount(client, 'assessment=autumn');
    await answer(el, 'support.check-ins', 'partly');
    expect((await saved(client, 'autumn'))!.answers).to.deep.equal({ 'support.check-ins': 'partly' });
    el.assessment = 'spring';
    await until(el, 'loading').catch(() => undefined);
    await until(el, 'answering');
    expect(radio(el, 'leadership.co-leads', 'fully').checked).to.equal(true);
    expect(radio(el, 'support.check-ins', 'partly').checked).to.equal(false);
  });

  it('refuses to submit with nothing answered, with the error tied to the button', async () => {
    const el = await mount();
    let submitted = false;
    el.addEventListener('pk-submit', () => (submitted = true));
    buttonNamed(el, 'See the summary').click();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(el.state).to.equal('answering');
    expect($(el, '#submit-error').textContent).to.equal('Answer at least one statement first.');
    expect(buttonNamed(el, 'See the summary').getAttribute('aria-describedby')).to.equal('submit-error');
  });

  it('shows a failed save and fires pk-error, not pk-change', async () => {
    const store = new TroubledStore();
    const el = await mount(createClient({ store }));
    store.failWrites = true;
    let changed = false;
    el.addEventListener('pk-change', () => (changed = true));
    const failed = oneEvent(el, 'pk-error');
    radio(el, 'support.mentoring', 'fully').click();
    const detail = ((await failed) as CustomEvent<PkErrorDetail>).detail;
    await el.updateComplete;
    expect(detail).to.deep.equal({ action: 'save', code: 'storage-full', message: 'Storage is full.' });
    expect(changed).to.equal(false);
    expect($(el, '[role="alert"]').textContent).to.equal('This answer was not saved: Storage is full.');
    await expect(el).to.be.accessible();
  });

  it('fires its events without a store (storage="none")', async () => {
    const el = await mount(null);
    expect(el.client).to.equal(null);
    expect(await answer(el, 'numbers.balance', 'fully')).to.deep.equal({ factor: 'numbers', item: 'numbers.balance', answer: 'fully' });
    const submitted = oneEvent(el, 'pk-submit');
    buttonNamed(el, 'See the summary').click();
    const { assessment } = ((await submitted) as CustomEvent<PkSubmitDetail>).detail;
    expect(assessment.answers).to.deep.equal({ 'numbers.balance': 'fully' });
    expect(assessment.score.factors[0]!.score).to.equal(100);
  });

  it('uses the heading level it is given', async () => {
    const el = await mount(undefined, 'heading-level=3');
    await el.updateComplete;
    expect($(el, '#title').getAttribute('aria-level')).to.equal('3');
    expect($(el, 'section.factor [role="heading"]').getAttribute('aria-level')).to.equal('4');
  });
});

describe('<parity-checklist> team numbers', () => {
  async function type(el: ParityChecklist, field: 'patients' | 'professionals', value: string): Promise<void> {
    const input = $<HTMLInputElement>(el, `#${field}`);
    input.focus();
    input.select();
    await sendKeys({ type: value });
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await el.updateComplete;
  }

  it('feeds the numbers factor, saves the roster and warns about a lone patient', async () => {
    const client = createClient({ store: new MemoryStore() });
    const el = await mount(client);
    await type(el, 'patients', '1');
    await type(el, 'professionals', '6');
    const value = await saved(client);
    expect(value!.roster).to.have.length(7);
    expect(text(el)).to.contain('Only one patient partner is on the team.');
    expect($(el, '#hint-numbers\\.balance').textContent).to.equal('Suggested from your team numbers: Not yet.');
    expect($(el, '#hint-numbers\\.no-lone-patient').textContent).to.equal('Suggested from your team numbers: Not yet.');
    expect(el.score!.filledFromRoster).to.deep.equal(['numbers.balance', 'numbers.no-lone-patient']);
    expect($(el, '[role="status"]').textContent).to.equal('Team numbers saved.');
    await answer(el, 'numbers.balance', 'fully');
    expect(root(el).querySelector('#hint-numbers\\.balance')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows typed markup as text in a plain error tied to the field, adding no element', async () => {
    const client = createClient({ store: new MemoryStore() });
    const el = await mount(client);
    const before = root(el).querySelectorAll('*').length;
    await type(el, 'patients', '<img src=x onerror=alert(1)>');
    await type(el, 'professionals', '<script>alert(1)</script>');
    const input = $<HTMLInputElement>(el, '#patients');
    expect(input.value).to.equal('<img src=x onerror=alert(1)>');
    expect($<HTMLInputElement>(el, '#professionals').value).to.equal('<script>alert(1)</script>');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('patients-error');
    expect($(el, '#patients-error').textContent).to.equal('This should be a number.');
    expect(root(el).querySelectorAll('img, script')).to.have.length(0);
    expect(root(el).querySelectorAll('*').length).to.equal(before);
    expect(await saved(client)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a hostile team id as text only', async () => {
    const el = await mount(null, 'team=<script>alert(1)</script>');
    await answer(el, 'support.mentoring', 'fully');
    buttonNamed(el, 'See the summary').click();
    await until(el, 'summary');
    expect(text(el)).to.contain('Team: <script>alert(1)</script>');
    expect(root(el).querySelectorAll('img, script')).to.have.length(0);
  });
});

describe('<parity-checklist> forms, reload and language', () => {
  it('submits its value in a host form and clears on reset', async () => {
    const client = createClient({ store: new MemoryStore() });
    const form = await fixture<HTMLFormElement>(html`<form>
      <partnerkit-provider .client=${client}><parity-checklist name="parity" assessment="form-test"></parity-checklist></partnerkit-provider>
    </form>`);
    const el = form.querySelector('parity-checklist')!;
    await until(el, 'answering');
    expect(el.form).to.equal(form);
    await answer(el, 'preparation.trained-together', 'partly');
    const submitted = JSON.parse(String(new FormData(form).get('parity'))) as ParityAssessment;
    expect(submitted).to.include({ id: 'form-test' });
    expect(submitted.answers).to.deep.equal({ 'preparation.trained-together': 'partly' });
    form.reset();
    await el.updateComplete;
    expect(radio(el, 'preparation.trained-together', 'partly').checked).to.equal(false);
    expect(JSON.parse(String(new FormData(form).get('parity'))).answers).to.deep.equal({});
    for (let i = 0; i < 20 && Object.keys((await saved(client, 'form-test'))!.answers).length > 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect((await saved(client, 'form-test'))!.answers).to.deep.equal({});
  });

  it('restores answers the browser kept (loading core\'s reader on demand) only when valid and for this assessment', async () => {
    const el = await mount(createClient({ store: new MemoryStore() }), 'assessment=restore-test');
    const kept = { id: 'restore-test', assessedOn: '2026-01-15', answers: { 'numbers.balance': 'partly' }, roster: [{ id: 'p1', side: 'patient' }] };
    await el.formStateRestoreCallback(JSON.stringify({ ...kept, id: 'another-assessment' }));
    await el.formStateRestoreCallback('{ not json');
    await el.formStateRestoreCallback(JSON.stringify({ ...kept, answers: { 'numbers.balance': 'maybe' } }));
    await el.updateComplete;
    expect(el.value.answers).to.deep.equal({});
    await el.formStateRestoreCallback(JSON.stringify(kept));
    await el.updateComplete;
    expect(el.value).to.deep.include({ id: 'restore-test', assessedOn: '2026-01-15', answers: { 'numbers.balance': 'partly' } });
    expect(radio(el, 'numbers.balance', 'partly').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#patients').value).to.equal('1');
    expect(text(el)).to.contain('Only one patient partner is on the team.');
  });

  it('still exports every message, the summary\'s (loaded with the summary) included', () => {
    expect(MESSAGES.title.en).to.equal('Parity checklist');
    expect(MESSAGES.summaryTitle).to.deep.equal({ en: 'Your parity summary', fr: 'Votre bilan de parité' });
    expect(MESSAGES.print.fr).to.equal('Imprimer le bilan');
  });

  it('follows a disabled host fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <partnerkit-provider storage="memory"><parity-checklist></parity-checklist></partnerkit-provider>
    </fieldset></form>`);
    const el = form.querySelector('parity-checklist')!;
    await until(el, 'answering');
    expect(radio(el, 'numbers.balance', 'fully').matches(':disabled')).to.equal(true);
    expect(buttonNamed(el, 'See the summary').disabled).to.equal(true);
  });

  it('keeps answers and team numbers across a reload (fresh BrowserStore on the same key)', async () => {
    const first = createBrowserClient({ key: BROWSER_KEY });
    const el = await mount(first);
    await answer(el, 'vulnerability.patients-share', 'fully');
    await answer(el, 'compensation.fair-pay', 'not-yet');
    const input = $<HTMLInputElement>(el, '#patients');
    input.value = '3';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 50 && (await saved(first))?.roster === undefined; i += 1) await new Promise((r) => setTimeout(r, 10));
    el.remove();

    const second = createBrowserClient({ key: BROWSER_KEY });
    const again = await mount(second);
    expect(radio(again, 'vulnerability.patients-share', 'fully').checked).to.equal(true);
    expect(radio(again, 'compensation.fair-pay', 'not-yet').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#patients').value).to.equal('3');
    expect($(again, '#progress-text').textContent).to.equal('0 of 7 factors answered');
  });

  it('speaks French when its language is French', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<partnerkit-provider storage="memory" lang="fr"><parity-checklist></parity-checklist></partnerkit-provider>`,
    );
    const el = wrapper.querySelector('parity-checklist')!;
    await until(el, 'answering');
    expect($(el, '#title').textContent).to.equal('Liste de contrôle de la parité');
    expect($(el, '#progress-text').textContent).to.equal('0 facteur sur 7 répondu');
    expect(text(el)).to.contain(PARITY_FACTORS[0]!.items[0]!.text.fr).and.contain('En partie');
    await answer(el, 'numbers.balance', 'partly');
    buttonNamed(el, 'Voir le bilan').click();
    await until(el, 'summary');
    expect(text(el)).to.contain('Votre bilan de parité').and.contain('50 sur 100').and.contain(PARITY_FACTORS[0]!.suggestion.fr);
    await expect(el).to.be.accessible();
  });
});

describe('<parity-checklist> layout', () => {
  it('has no horizontal scroll at 320 px, in both views', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    const fits = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth && el.scrollWidth <= el.clientWidth;
    expect(fits()).to.equal(true);
    await answer(el, 'numbers.balance', 'partly');
    buttonNamed(el, 'See the summary').click();
    await until(el, 'summary');
    expect(fits()).to.equal(true);
  });

  it('keeps its text layout when the page sets line-height and letter-spacing on *', async () => {
    const el = await mount();
    const measure = () => {
      const boxes = [el, $(el, '#title'), $(el, 'legend'), $(el, '.choices label'), $(el, 'button')].map((node) => node.getBoundingClientRect());
      return boxes.map((box) => [Math.round(box.width), Math.round(box.height), Math.round(box.left)]);
    };
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
