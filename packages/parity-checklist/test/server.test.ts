// <parity-checklist> over a server store that can go offline (a fake: a MemoryStore behind an
// outbox, see packages/ui/test-utils/offline-store.ts).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, PARITY_FACTORS, personalAssessmentId, PartnerKitError, t, type ParityAssessment, type PartnerKitClient } from '@partnerkit/core';
import { resetDefaultConnections, type PkErrorDetail, type PkOutboxDetail } from '@partnerkit/ui';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';
import { ASSESSMENTS_COLLECTION, DEFAULT_ASSESSMENT_ID, type ParityChecklist, type PkChangeDetail } from '../src/index.js';
import '../src/define.js';

const QUEUED = 'Saved on this device. It will be sent when you are back online.';
const SENT = 'Your answers were sent.';
const [FIRST, SECOND] = PARITY_FACTORS[0]!.items.map((item) => item.id);

afterEach(() => resetDefaultConnections());

const root = (el: ParityChecklist): ShadowRoot => el.shadowRoot!;
const statusText = (el: ParityChecklist): string => root(el).querySelector('[role="status"]')!.textContent!.trim();
const radio = (el: ParityChecklist, item: string, answer: string): HTMLInputElement =>
  root(el).querySelector<HTMLInputElement>(`input[name="${item}"][value="${answer}"]`)!;

/** Every detail an event carries from now on. */
function collect<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** A checklist over `client` (a server store), once it has loaded. */
async function mount(client: PartnerKitClient, lang = 'en'): Promise<ParityChecklist> {
  const wrapper = await fixture<HTMLElement>(
    html`<partnerkit-provider .client=${client} lang=${lang}><parity-checklist></parity-checklist></partnerkit-provider>`,
  );
  const el = wrapper.querySelector('parity-checklist')!;
  await waitUntil(() => el.state === 'answering', 'the checklist never loaded');
  await el.updateComplete;
  return el;
}

/** Picks an answer offline and waits until it is saved on the device and the status says so. */
async function answerOffline(el: ParityChecklist, item: string, answer: string, status = QUEUED): Promise<PkOutboxDetail> {
  const queued = oneEvent(el, 'pk-queued');
  radio(el, item, answer).click();
  const detail = ((await queued) as CustomEvent<PkOutboxDetail>).detail;
  await waitUntil(() => statusText(el) === status, 'the status never said the answer waits on this device');
  return detail;
}

/** This person's answers as the server keeps them: with a server, everyone has their own record. */
const onServer = async (store: OfflineStore, el: ParityChecklist): Promise<ParityAssessment | undefined> =>
  (await store.inner.getRecord<ParityAssessment>(ASSESSMENTS_COLLECTION, personalAssessmentId(DEFAULT_ASSESSMENT_ID, el.client!.participantId)))?.value;

describe('<parity-checklist> with a server', () => {
  it('keeps each person’s answers apart under the same assessment id', async () => {
    const store = new OfflineStore();
    const client = createClient({ store });
    const mine = await mount(client);
    const change = oneEvent(mine, 'pk-change');
    radio(mine, FIRST!, 'fully').click();
    await change;
    const theirs = await mount(client.withParticipant());
    expect(radio(theirs, FIRST!, 'fully').checked).to.equal(false, 'someone else starts from a blank checklist');
    const theirChange = oneEvent(theirs, 'pk-change');
    radio(theirs, FIRST!, 'not-yet').click();
    await theirChange;
    expect(root(theirs).querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    expect((await onServer(store, mine))?.answers).to.deep.equal({ [FIRST!]: 'fully' });
    expect((await onServer(store, theirs))?.answers).to.deep.equal({ [FIRST!]: 'not-yet' });
  });

  it('offline: says the answers are saved on this device and keeps them; online: sent, pk-sent and pk-change fire', async () => {
    const store = new OfflineStore();
    const el = await mount(createClient({ store }));
    const changes = collect<PkChangeDetail>(el, 'pk-change');
    const sent = collect<PkOutboxDetail>(el, 'pk-sent');
    store.goOffline();
    const first = await answerOffline(el, FIRST!, 'partly');
    const second = await answerOffline(el, SECOND!, 'fully');
    expect([first.kind, second.kind]).to.deep.equal(['record', 'record']);
    expect(statusText(el)).to.equal(QUEUED);
    expect(radio(el, FIRST!, 'partly').checked).to.equal(true);
    expect(radio(el, SECOND!, 'fully').checked).to.equal(true);
    expect(changes).to.deep.equal([]);
    expect(await onServer(store, el)).to.equal(undefined);
    await expect(el).to.be.accessible();

    await store.goOnline();
    await waitUntil(() => statusText(el) === SENT, 'the sent message never showed');
    expect(sent).to.deep.equal([first, second]);
    expect(changes.map((change) => [change.item, change.answer])).to.deep.equal([
      [FIRST, 'partly'],
      [SECOND, 'fully'],
    ]);
    expect((await onServer(store, el))?.answers).to.deep.equal({ [FIRST!]: 'partly', [SECOND!]: 'fully' });
    expect(radio(el, SECOND!, 'fully').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the summary from answers saved on this device', async () => {
    const store = new OfflineStore();
    const el = await mount(createClient({ store }));
    store.goOffline();
    await answerOffline(el, FIRST!, 'fully');
    [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'See the summary')!.click();
    await waitUntil(() => el.state === 'summary', 'the summary never showed');
    await expect(el).to.be.accessible();
  });

  it('refused: shows the error and fires pk-error, keeps every answer on screen, and the next answer saves them all', async () => {
    const store = new OfflineStore();
    const el = await mount(createClient({ store }));
    const sent = collect<PkOutboxDetail>(el, 'pk-sent');
    store.goOffline();
    await answerOffline(el, FIRST!, 'not-yet');
    const failed = oneEvent(el, 'pk-error');
    await store.goOnline({ refuse: new PartnerKitError('forbidden', '', t('This checklist is locked.', 'Cette liste est verrouillée.')) });
    const error = ((await failed) as CustomEvent<PkErrorDetail>).detail;
    expect(error).to.deep.equal({ action: 'save', code: 'forbidden', message: 'This checklist is locked.' });
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('This answer was not saved: This checklist is locked.');
    expect(radio(el, FIRST!, 'not-yet').checked).to.equal(true);
    expect(sent).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'pk-change');
    radio(el, SECOND!, 'partly').click();
    await change;
    expect((await onServer(store, el))?.answers).to.deep.equal({ [FIRST!]: 'not-yet', [SECOND!]: 'partly' });
  });

  it('after a reload, says answers still wait on this device, then shows them once sent', async () => {
    const store = new OfflineStore();
    const client = createClient({ store });
    store.goOffline();
    const id = personalAssessmentId(DEFAULT_ASSESSMENT_ID, client.participantId);
    await client.records
      .save(ASSESSMENTS_COLLECTION, id, { id, assessedOn: '2025-03-10', answers: { [FIRST!]: 'fully' } })
      .catch(() => undefined);
    const el = await mount(client);
    expect(statusText(el)).to.equal('Your latest answers are saved on this device. They will be sent when you are back online.');
    await store.goOnline();
    await waitUntil(() => radio(el, FIRST!, 'fully').checked, 'the answers sent never showed');
    expect(statusText(el)).to.equal(SENT);
  });

  it('speaks French offline too', async () => {
    const store = new OfflineStore();
    const el = await mount(createClient({ store }), 'fr');
    store.goOffline();
    await answerOffline(el, FIRST!, 'partly', 'Enregistré sur cet appareil. Ce sera envoyé quand vous serez de nouveau en ligne.');
    await store.goOnline();
    await waitUntil(() => statusText(el) === 'Vos réponses ont été envoyées.');
  });
});
