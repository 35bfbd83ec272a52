// What the demo's end-to-end tests share: the whole stack on free ports with a throwaway data
// folder, an axe audit, and reading a QR code off the screen. (Kept out of test/, where
// `node --test` would run every file as a test.)
/* global document, Image, window -- these run inside the page (page.evaluate). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import jsQR from 'jsqr';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startStack } from '../start.mjs';

/** The characters of a join code, as the facilitator page makes them. */
export const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** Starts the API server and the demo server on free ports with a new data folder; `close()` removes it. */
export async function startTestStack(options = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerkit-demo-'));
  const stack = await startStack({ port: 0, dataDir, ...options });
  return {
    ...stack,
    async close() {
      await stack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the API server directly (JSON in and out; an idempotency key on changes), as the facilitator when `asFacilitator` is set. */
export async function callApi(stack, method, path, { body, asFacilitator = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = crypto.randomUUID();
  if (asFacilitator) headers.Authorization = `Bearer ${stack.token}`;
  const response = await fetch(new URL(path, stack.apiUrl), { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** Calls the API server directly as the facilitator. */
export function facilitatorCall(stack, method, path, body) {
  return callApi(stack, method, path, { body, asFacilitator: true });
}

/**
 * The stack and the browser of the test file that called {@link useStackAndBrowser}: set before
 * its first test, closed after its last. (Each test file runs in its own process, and imports
 * see these bindings change.)
 */
export let stack;
/** @see stack */
export let browser;

/**
 * Starts the stack and Chromium before the file's tests (then runs `prepare`, to create the
 * file's polls) and stops both after them.
 */
export function useStackAndBrowser(prepare = async () => {}) {
  before(async () => {
    stack = await startTestStack();
    browser = await chromium.launch(chromiumLaunchOptions);
    await prepare(stack);
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });
}

/**
 * The WCAG 2.2 A and AA violations axe finds on the page, as `rule: targets` lines. axe is
 * added as a script, which the page's own policy refuses: open the page in a context made
 * with `bypassCSP: true`.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: fileURLToPath(import.meta.resolve('axe-core/axe.min.js')) });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/**
 * Reads the QR code shown by `locator`: a screenshot, turned into pixels in a blank page of the
 * same browser context (no policy there), decoded with jsQR. Resolves with the text, or null.
 */
export async function readQrCode(locator, context) {
  const png = await locator.screenshot();
  const blank = await context.newPage();
  try {
    const image = await blank.evaluate(async (base64) => {
      const picture = new Image();
      picture.src = `data:image/png;base64,${base64}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = picture.naturalWidth;
      canvas.height = picture.naturalHeight;
      const drawing = canvas.getContext('2d');
      drawing.drawImage(picture, 0, 0);
      const { data } = drawing.getImageData(0, 0, canvas.width, canvas.height);
      return { width: canvas.width, height: canvas.height, data: Array.from(data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
  } finally {
    await blank.close();
  }
}
