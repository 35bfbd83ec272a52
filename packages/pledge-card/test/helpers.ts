/** Helpers shared by the pledge-card and pledge-wall tests. */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { MemoryStore, createClient, type Clock, type PartnerKitClient } from '@partnerkit/core';

/** The accessibility tree under a selector, as Playwright's ARIA snapshot text (see web-test-runner.config.mjs). */
export function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}

/** A clock that moves on one minute at each reading, so pledges get distinct times. */
export function steppingClock(start = Date.UTC(2025, 2, 10, 9, 0, 0)): Clock {
  let now = start;
  return () => {
    const date = new Date(now);
    now += 60_000;
    return date;
  };
}

/** A client over a fresh memory store, with a stepping clock. */
export function memoryClient(store = new MemoryStore()): PartnerKitClient {
  return createClient({ store, now: steppingClock() });
}

/** The shadow root of an element, typed. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error('no shadow root');
  return root;
}

/** An element inside an element's shadow root, or a failure naming the selector. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Visible text of an element's shadow root, with spaces squeezed. */
export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Sets a field's value as typing would, quickly (for long text). */
export function fill(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Types text into a field with the real keyboard. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

/** The element focused inside a shadow root, following nested roots from the document. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Listens for an event and keeps each detail it carries. */
export function collect<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** Positions and sizes of an element's shadow parts, relative to the element, for layout comparison. */
export function layout(element: Element, selector: string): number[][] {
  const box = element.getBoundingClientRect();
  return [...shadow(element).querySelectorAll(selector)].map((node) => {
    const rect = node.getBoundingClientRect();
    return [rect.left - box.left, rect.top - box.top, rect.width, rect.height].map((n) => Math.round(n));
  });
}

/** The hostile inputs every element must show as text. */
export const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'] as const;
