/** Shared helpers for the <ladder-poll> tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, MemoryStore, type PartnerKitClient } from '@partnerkit/core';
import type { TemplateResult } from 'lit';
import type { LadderPoll } from '../src/index.js';
import '../src/define.js';

/** A client on a fresh memory store. */
export function memoryClient(): PartnerKitClient {
  return createClient({ store: new MemoryStore() });
}

/** Waits until the element has left `loading` and rendered. */
export async function settled(element: LadderPoll): Promise<LadderPoll> {
  await waitUntil(() => element.state !== 'loading', 'the poll never loaded');
  await element.updateComplete;
  return element;
}

/** Mounts a template inside a provider for `client` and returns the (loaded) poll element. */
export async function mount(client: PartnerKitClient | null, poll: TemplateResult, options: { kiosk?: boolean } = {}): Promise<LadderPoll> {
  const wrapper = await fixture<HTMLElement>(
    client === null
      ? html`<partnerkit-provider storage="none">${poll}</partnerkit-provider>`
      : html`<partnerkit-provider .client=${client} .kiosk=${options.kiosk}>${poll}</partnerkit-provider>`,
  );
  const element = wrapper.querySelector<LadderPoll>('ladder-poll')!;
  return settled(element);
}

/** Casts `count` votes on `rung`, each as a new anonymous participant. */
export async function seedVotes(client: PartnerKitClient, pollId: string, votes: Readonly<Record<string, number>>): Promise<void> {
  for (const [rung, count] of Object.entries(votes)) {
    for (let index = 0; index < count; index++) await client.withParticipant().polls.vote(pollId, { rung });
  }
}

/** The element's shadow root. */
export function shadow(element: LadderPoll): ShadowRoot {
  return element.shadowRoot!;
}

/** Every radio for a rung. */
export function rungRadios(element: LadderPoll): HTMLInputElement[] {
  return [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="rung"]')];
}

/** The submit button. */
export function submitButton(element: LadderPoll): HTMLButtonElement {
  return shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Picks the rung at `index` and sends the form, waiting until the element accepted or refused it. */
export async function vote(element: LadderPoll, index: number): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      element.removeEventListener('pk-vote', finish);
      element.removeEventListener('pk-error', finish);
      resolve();
    };
    element.addEventListener('pk-vote', finish);
    element.addEventListener('pk-error', finish);
  });
  rungRadios(element)[index]!.click();
  submitButton(element).click();
  await done;
  await element.updateComplete;
}

/** The text of the status region. */
export function statusText(element: LadderPoll): string {
  return shadow(element).querySelector('[role="status"]')!.textContent!.trim();
}

/** A button by its visible text. */
export function buttonByText(element: LadderPoll, text: string): HTMLButtonElement | undefined {
  return [...shadow(element).querySelectorAll('button')].find((button) => button.textContent!.trim() === text);
}

/** The element's accessibility tree as Playwright's ARIA snapshot (one `- role "name"` per line). */
export async function ariaTree(element: LadderPoll): Promise<string> {
  element.id ||= `poll-${Math.random().toString(36).slice(2)}`;
  return (await executeServerCommand('aria-snapshot', { selector: `#${element.id}` })) as string;
}
